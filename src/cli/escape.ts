/**
 * Text for a terminal: C0 controls (but tab), DEL and C1 controls are shown as \xNN / \u00NN, so a
 * hostile file name cannot move the cursor, recolour or clear the screen, or forge a second line.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

export function escapeControls(s: string): string {
  return s.replace(CONTROLS, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x80 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}
