import { frontMatter } from '../../../src/input/markdown.js';

test('front matter is parsed once per text and never taken from another text', () => {
  const a = '---\ntitle: Harbour talks resume\ndate: 2024-03-05\n---\nBody.\n';
  const b = '---\ntitle: Valley vote delayed\n---\nBody.\n';
  const first = frontMatter(a);
  expect(first).toEqual({ title: 'Harbour talks resume', date: '2024-03-05', url: null });
  expect(frontMatter(a)).toBe(first);
  expect(frontMatter(b)?.title).toBe('Valley vote delayed');
  expect(frontMatter('No front matter here.')).toBeNull();
  expect(frontMatter(a)).toEqual(first);
});
