/** Headless Chromium for the HTML report test: screenshot a page and collect its console messages. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The browser to use: $CHROMIUM, else chromium on the PATH; undefined when there is none. */
export function findChromium(): string | undefined {
  for (const bin of [process.env.CHROMIUM, 'chromium', 'chromium-browser'].filter((b): b is string => !!b)) {
    if (spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 30000 }).status === 0) return bin;
  }
  return undefined;
}

export interface Shot {
  readonly status: number | null;
  /** console lines ("INFO:CONSOLE:…] "Uncaught …"") – a page without scripts should have none */
  readonly console: readonly string[];
  readonly png: Buffer | undefined;
}

export function screenshot(bin: string, htmlFile: string, pngFile: string, size = '1400,1000'): Shot {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  try {
    const r = spawnSync(
      bin,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        '--enable-logging=stderr',
        '--v=0',
        `--screenshot=${pngFile}`,
        `--window-size=${size}`,
        pathToFileURL(htmlFile).href,
      ],
      { encoding: 'utf8', timeout: 90000 },
    );
    const lines = `${r.stderr}`.split('\n');
    return {
      status: r.status,
      console: lines.filter((l) => /:CONSOLE[:(]/.test(l) || /Uncaught/.test(l)),
      png: fs.existsSync(pngFile) ? fs.readFileSync(pngFile) : undefined,
    };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
