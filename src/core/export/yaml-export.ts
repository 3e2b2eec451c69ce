/** `--to yaml`: the journey text exactly as written (lossless: comments, order, bytes). */
import { unparseable, type Exporter } from './exporter';

export const yamlExporter: Exporter = {
  id: 'yaml',
  title: 'YAML (lossless)',
  extension: '.journey.yaml',
  mediaType: 'application/yaml',
  run(analysis) {
    const problem = unparseable(analysis);
    return problem ? { ok: false, message: problem } : { ok: true, text: analysis.source.text };
  },
};
