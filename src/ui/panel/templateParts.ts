/**
 * Splits a message around one placeholder so an element (a `<time>`, a link) can sit where the
 * translation puts it, whatever the word order of the language.
 */
export function templateParts(template: string, placeholder: string): [before: string, after: string] {
  const marker = `{${placeholder}}`;
  const at = template.indexOf(marker);
  if (at < 0) return [template, ''];
  return [template.slice(0, at), template.slice(at + marker.length)];
}
