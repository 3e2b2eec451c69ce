/** YAML 1.1 implicit typing (FMT-003): which plain scalars a 1.1 reader would not read as strings. Pure. */

const BOOL_11 = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const TIMESTAMP =
  /^\d{4}-\d\d?-\d\d?(([Tt]|[ \t]+)\d\d?:\d\d:\d\d(\.\d*)?([ \t]*(Z|[-+]\d\d?(:\d\d)?))?)?$/;
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/;
const OCTAL_11 = /^[-+]?0[0-7_]+$/;

/** Why a plain scalar would change meaning under YAML 1.1, if it would; pure. */
export function implicitCoercion(text: string): string | undefined {
  const c = text.charCodeAt(0);
  const digitOrSign = (c >= 48 && c <= 57) || c === 43 || c === 45;
  // Cheap first-character filter: almost every scalar is rejected here.
  if (!digitOrSign && !'yYnNoO'.includes(text[0] ?? '')) return undefined;
  if (text.length > 40) return undefined;
  if (BOOL_11.test(text)) return 'a YAML 1.1 boolean';
  if (!digitOrSign) return undefined;
  if (TIMESTAMP.test(text)) return 'a YAML 1.1 timestamp';
  if (SEXAGESIMAL.test(text)) return 'a YAML 1.1 sexagesimal number';
  if (OCTAL_11.test(text)) return 'a YAML 1.1 octal number';
  return undefined;
}
