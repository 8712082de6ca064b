/** Fills {{name}} slots of a catalogue message; `value` decides how each parameter is written. */
export function fillSlots(text: string, value: (key: string) => string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => value(k));
}
