import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../utils/catalog/presets';
import { RISK_LABELS } from '../../utils/catalog/risk-levels';
import { presetSchema, scopeInfoSchema } from '../../utils/catalog/schema';
import { highestRisk, SCOPES, scopeInfo, scopeRisk } from '../../utils/catalog/scopes';

/** Every scope GitLab 19.x can put on a token form (lib/gitlab/auth.rb; pat-facts §1.1). */
const GITLAB_19_SCOPES = [
  'api',
  'read_api',
  'read_user',
  'create_runner',
  'manage_runner',
  'k8s_proxy',
  'self_rotate',
  'read_repository',
  'write_repository',
  'read_registry',
  'write_registry',
  'read_virtual_registry',
  'write_virtual_registry',
  'read_observability',
  'write_observability',
  'ai_features',
  'sudo',
  'admin_mode',
  'read_service_ping',
];

describe('scope catalog', () => {
  it('covers every GitLab 19.x scope, each valid against its schema', () => {
    expect(SCOPES.map((scope) => scope.id).sort()).toEqual([...GITLAB_19_SCOPES].sort());
    for (const scope of SCOPES) expect(scopeInfoSchema.safeParse(scope).success, scope.id).toBe(true);
  });

  it('rates the scopes as the reference does', () => {
    expect(scopeRisk('api')).toBe('critical');
    expect(scopeRisk('sudo')).toBe('critical');
    expect(scopeRisk('admin_mode')).toBe('critical');
    expect(scopeRisk('read_api')).toBe('high');
    expect(scopeRisk('write_repository')).toBe('high');
    expect(scopeRisk('read_registry')).toBe('medium');
    expect(scopeRisk('read_user')).toBe('low');
    expect(scopeRisk('scope_from_the_future')).toBe('unknown');
    expect(RISK_LABELS.unknown).toBe('Unknown risk');
  });

  it('explains what people get wrong', () => {
    expect(scopeInfo('api')?.note).toMatch(/Git push.*registr.*does not replace k8s_proxy/s);
    expect(scopeInfo('write_registry')?.note).toMatch(/does not include pull/i);
    expect(scopeInfo('write_repository')?.note).toMatch(/cannot call the API/);
    expect(scopeInfo('k8s_proxy')?.note).toMatch(/api does not include it/);
  });

  it('ranks a mix by its highest risk, unknown counting above high', () => {
    expect(highestRisk(['read_user', 'read_registry'])).toBe('medium');
    expect(highestRisk(['read_user', 'mystery'])).toBe('unknown');
    expect(highestRisk(['mystery', 'api'])).toBe('critical');
    expect(highestRisk([])).toBeUndefined();
  });
});

describe('built-in presets', () => {
  const byName = new Map(BUILTIN_PRESETS.map((preset) => [preset.name, preset]));

  it('has at least 20 presets, each valid, with a unique id and an https source', () => {
    expect(BUILTIN_PRESETS.length).toBeGreaterThanOrEqual(20);
    for (const preset of BUILTIN_PRESETS) {
      const parsed = presetSchema.safeParse(preset);
      expect(parsed.success, `${preset.id}: ${parsed.error?.message}`).toBe(true);
      expect(preset.source).toMatch(/^https:\/\//);
      for (const scope of preset.scopes) expect(scopeInfo(scope), `${preset.id} uses ${scope}`).toBeDefined();
    }
    expect(new Set(BUILTIN_PRESETS.map((preset) => preset.id)).size).toBe(BUILTIN_PRESETS.length);
    expect(new Set(BUILTIN_PRESETS.map((preset) => preset.name)).size).toBe(BUILTIN_PRESETS.length);
  });

  it.each([
    ['Git clone / pull', ['read_repository'], 'reporter'],
    ['Git push', ['write_repository'], 'developer'],
    ['Container registry pull', ['read_registry'], 'reporter'],
    ['Container registry push', ['read_registry', 'write_registry'], 'developer'],
    ['Read-only API', ['read_api'], 'reporter'],
    ['Renovate', ['api', 'read_user', 'write_repository'], 'developer'],
    ['GitLab CLI (glab)', ['api', 'write_repository'], 'developer'],
    ['Kubernetes agent', ['k8s_proxy'], 'developer'],
    ['VS Code GitLab Workflow', ['api'], 'developer'],
    ['JetBrains IDE', ['api', 'read_user'], 'developer'],
    ['Terraform state', ['api'], 'maintainer'],
    ['Jenkins', ['api'], 'developer'],
    ['DeepTraQ', ['read_user', 'read_repository'], 'reporter'],
  ])('%s has exactly %j (role %s)', (name, scopes, role) => {
    const preset = byName.get(name);
    expect(preset).toBeDefined();
    expect([...(preset?.scopes ?? [])].sort()).toEqual([...scopes].sort());
    expect(preset?.role).toBe(role);
  });

  it('suggests lifetimes within GitLab’s cap and never above the rotation advice', () => {
    for (const preset of BUILTIN_PRESETS) expect(preset.lifetimeDays).toBeLessThanOrEqual(90);
  });
});
