/** What the built extension injects into a page, from its manifest and its files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MatchPattern } from 'wxt/utils/match-patterns';

interface Manifest {
  content_scripts?: Array<{ matches: string[]; exclude_matches?: string[]; js?: string[]; css?: string[] }>;
}

export function readManifest(buildDir: string): Manifest {
  return JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as Manifest;
}

export interface Injected {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
}

/** The files the manifest injects into `url`, and their size raw and gzipped (level 9). */
export function injectedInto(buildDir: string, url: string): Injected {
  const manifest = readManifest(buildDir);
  const files = (manifest.content_scripts ?? [])
    .filter(
      (script) =>
        script.matches.some((pattern) => new MatchPattern(pattern).includes(url)) &&
        !(script.exclude_matches ?? []).some((pattern) => new MatchPattern(pattern).includes(url)),
    )
    .flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  let rawBytes = 0;
  let jsGzipBytes = 0;
  let cssGzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(buildDir, file));
    rawBytes += content.length;
    const gzip = gzipSync(content, { level: 9 }).length;
    if (file.endsWith('.css')) cssGzipBytes += gzip;
    else jsGzipBytes += gzip;
  }
  return { files, rawBytes, gzipBytes: jsGzipBytes + cssGzipBytes, jsGzipBytes, cssGzipBytes };
}
