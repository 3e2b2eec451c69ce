/** `--to json`: the journey as JSON (the same data; comments cannot be kept in JSON). */
import { unparseable, type Exporter } from './exporter';

export const jsonExporter: Exporter = {
  id: 'json',
  title: 'JSON',
  extension: '.journey.json',
  mediaType: 'application/json',
  run(analysis) {
    const problem = unparseable(analysis);
    if (problem) return { ok: false, message: problem };
    try {
      // maxAliasCount guards against alias bombs ("billion laughs") when materialising.
      const data: unknown = analysis.source.doc?.toJS({ maxAliasCount: 100 });
      return { ok: true, text: JSON.stringify(data, null, 2) + '\n' };
    } catch (err) {
      // The guard throws; an export must answer with a message instead.
      return { ok: false, message: `the file cannot be expanded to JSON: ${(err as Error).message}` };
    }
  },
};
