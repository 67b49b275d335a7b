import { describe, expect, it } from 'vitest';
import { accessKindOf, groupByAccess } from '../../components/options/preset-groups';
import { BUILTIN_PRESETS } from '../../utils/catalog/presets';

describe('presets by the access they grant', () => {
  it('tells read-only, write, full API and other access apart', () => {
    expect(accessKindOf(['read_repository'])).toBe('read');
    expect(accessKindOf(['read_registry', 'write_registry'])).toBe('write');
    expect(accessKindOf(['api', 'write_repository'])).toBe('api');
    expect(accessKindOf(['k8s_proxy'])).toBe('other');
  });

  it('puts every built-in preset in exactly one group, least access first', () => {
    const groups = groupByAccess(BUILTIN_PRESETS);
    expect(groups.map(({ kind }) => kind)).toEqual(['read', 'write', 'api', 'other']);
    expect(groups.flatMap(({ presets }) => presets).length).toBe(BUILTIN_PRESETS.length);
    expect(groups[0]?.presets.map(({ name }) => name)).toContain('Git clone / pull');
    expect(groups[2]?.presets.map(({ name }) => name)).toContain('Renovate');
  });
});
