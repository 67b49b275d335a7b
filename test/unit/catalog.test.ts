import { describe, expect, it } from 'vitest';
import { optionalCatalogText } from '../../components/catalog-text';
import { describeBuiltin } from '../../components/preset-text';
import { riskLabel } from '../../components/risk-label';
import { FINE_GRAINED_PRESETS } from '../../utils/catalog/fine-grained-presets';
import { BUILTIN_PRESETS, REDUNDANT_SCOPES_KEPT } from '../../utils/catalog/presets';
import { builtinPresetSchema, customPresetsSchema, presetSchema, scopeInfoSchema } from '../../utils/catalog/schema';
import { highestRisk, SCOPES, scopeInfo, scopeRisk } from '../../utils/catalog/scopes';
import { PRESET_RUNS, presetRun } from '../presets/runs';
import { redundantScopes } from '../simulator/scope-rules';
import { message, useLocale } from './messages';

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
  });

  it('labels the risks in the locale, in English with the names the issues use', async () => {
    for (const risk of ['critical', 'high', 'medium', 'low', 'unknown'] as const) {
      expect(riskLabel(risk)).toBe(message(`risk.${risk}`));
    }
    await useLocale('en');
    expect(['critical', 'high', 'medium', 'low', 'unknown'].map((risk) => riskLabel(risk as 'critical'))).toEqual([
      'Critical risk',
      'High risk',
      'Medium risk',
      'Low risk',
      'Unknown risk',
    ]);
  });

  it('explains what people get wrong (the English notes)', async () => {
    await useLocale('en');
    expect(optionalCatalogText('scopes.api.note')).toMatch(/Git push.*registr.*does not replace k8s_proxy/s);
    expect(optionalCatalogText('scopes.write_registry.note')).toMatch(/does not include pull/i);
    expect(optionalCatalogText('scopes.write_repository.note')).toMatch(/cannot call the API/);
    expect(optionalCatalogText('scopes.k8s_proxy.note')).toMatch(/api does not include it/);
    expect(optionalCatalogText('scopes.read_user.note')).toBeUndefined();
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

  it('has at least 20 presets, each valid (with its words), with a unique id and an https source', () => {
    expect(BUILTIN_PRESETS.length).toBeGreaterThanOrEqual(20);
    for (const preset of BUILTIN_PRESETS) {
      const parsed = presetSchema.safeParse(describeBuiltin(preset));
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
    ['Renovate', ['api'], 'developer'],
    ['Renovate (dry run)', ['read_api'], 'reporter'],
    ['Backstage', ['api'], 'developer'],
    ['semantic-release', ['api'], 'developer'],
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

  it('every one carries its evidence, verified or documented, and zod refuses anything else', () => {
    for (const preset of BUILTIN_PRESETS) {
      const parsed = builtinPresetSchema.safeParse(preset);
      expect(parsed.success, `${preset.id}: ${parsed.error?.message}`).toBe(true);
    }
    const gitClone = BUILTIN_PRESETS[0];
    expect(builtinPresetSchema.safeParse({ ...gitClone, evidence: undefined }).success).toBe(false);
    expect(
      builtinPresetSchema.safeParse({ ...gitClone, evidence: { kind: 'experimental', why: 'no run backs it yet' } })
        .success,
    ).toBe(false);
    expect(
      builtinPresetSchema.safeParse({ ...gitClone, evidence: { kind: 'documented', read: 'today' } }).success,
    ).toBe(false);
  });

  it('a custom preset cannot claim evidence: the schema drops it', () => {
    const [parsed] = customPresetsSchema.parse(
      BUILTIN_PRESETS.slice(0, 1).map((preset) => ({
        ...describeBuiltin(preset),
        id: 'mine',
        evidence: { kind: 'verified', client: 'git' },
      })),
    );
    expect(parsed).not.toHaveProperty('evidence');
  });

  it.each([
    ['Git clone / pull', 'git'],
    ['Git push', 'git'],
    ['Container registry pull', 'skopeo'],
    ['Container registry push', 'skopeo'],
    ['Read-only API', 'python-gitlab'],
    ['DeepTraQ', 'git and python-gitlab'],
  ])('%s is Verified with %s', (name, client) => {
    expect(byName.get(name)?.evidence).toEqual({ kind: 'verified', client });
  });

  it('a preset is Verified exactly when test:presets has a run for it, with the same client', () => {
    for (const preset of BUILTIN_PRESETS) {
      const run = presetRun('legacy', preset.id);
      if (preset.evidence.kind === 'verified') expect(run?.client, preset.id).toBe(preset.evidence.client);
      else expect(run, preset.id).toBeUndefined();
    }
    for (const preset of FINE_GRAINED_PRESETS) {
      const run = presetRun('fine-grained', preset.id);
      if (preset.evidence.kind === 'verified') expect(run?.client, preset.id).toBe(preset.evidence.client);
      else expect(run, preset.id).toBeUndefined();
    }
    expect(PRESET_RUNS.length).toBe(
      [...BUILTIN_PRESETS, ...FINE_GRAINED_PRESETS].filter((preset) => preset.evidence.kind === 'verified').length,
    );
  });

  it('holds no scope that GitLab makes redundant, unless it says why it keeps it', () => {
    for (const preset of BUILTIN_PRESETS) {
      expect(redundantScopes(preset.scopes).sort(), preset.id).toEqual(
        Object.keys(REDUNDANT_SCOPES_KEPT[preset.id] ?? {}).sort(),
      );
    }
  });
});

describe("GitLab's scope rules (the simulator's)", () => {
  it.each([
    [['read_user', 'read_api'], ['read_user']],
    [
      ['api', 'read_user', 'write_repository'],
      ['read_user', 'write_repository'],
    ],
    [
      ['read_user', 'read_api', 'read_repository'],
      ['read_user', 'read_repository'],
    ],
    [['read_registry', 'write_registry'], []],
    [['read_user', 'read_repository'], []],
    [['api', 'k8s_proxy'], []],
  ])('in %j, %j is redundant', (scopes, redundant) => {
    expect(redundantScopes(scopes)).toEqual(redundant);
  });
});
