import { describe, expect, test } from 'vitest';
import { tokensCss, usedTokens } from '../../scripts/pajamas-tokens';

const light = {
  GL_TEXT_COLOR_DEFAULT: '#3a383d',
  GL_FONT_SIZE_BASE: '0.875rem',
  GL_FONT_FAMILY_MONOSPACE: ['Menlo', 'monospace'],
};
const dark = {
  GL_TEXT_COLOR_DEFAULT: '#ecebea',
  GL_FONT_SIZE_BASE: '0.875rem',
  GL_FONT_FAMILY_MONOSPACE: ['Menlo', 'monospace'],
};

describe('Pajamas tokens for the popup and options', () => {
  test('finds every token a stylesheet uses, once', () => {
    expect(
      usedTokens([
        'a { color: var(--gl-text-color-default); font: var( --gl-font-size-base) }',
        'b { color: var(--gl-text-color-default, red); --x: var(--sw-own) }',
      ]),
    ).toEqual(['--gl-font-size-base', '--gl-text-color-default']);
  });

  test('writes light values on :root and, for prefers-color-scheme: dark, only those that differ', () => {
    const css = tokensCss(
      ['--gl-font-family-monospace', '--gl-font-size-base', '--gl-text-color-default'],
      light,
      dark,
      '1.0.0',
    );
    const [lightPart, darkPart] = css.split('@media (prefers-color-scheme: dark)');
    expect(lightPart).toContain('--gl-text-color-default: #3a383d;');
    expect(lightPart).toContain('--gl-font-size-base: 0.875rem;');
    expect(lightPart).toContain('--gl-font-family-monospace: Menlo, monospace;');
    expect(darkPart).toContain('--gl-text-color-default: #ecebea;');
    expect(darkPart).not.toContain('--gl-font-size-base');
  });

  test('a token @gitlab/ui does not have fails the build, by name', () => {
    expect(() => tokensCss(['--gl-text-colour-default'], light, dark, '1.0.0')).toThrow(
      '@gitlab/ui 1.0.0 has no design token for --gl-text-colour-default',
    );
  });
});
