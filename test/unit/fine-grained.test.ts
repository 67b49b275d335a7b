import { describe, expect, it } from 'vitest';
import { optionalCatalogText } from '../../components/catalog-text';
import { fineGrainedSummaryText } from '../../components/fine-grained-summary';
import { fineGrainedRemark } from '../../components/preset-text';
import { FINE_GRAINED_PRESETS, fineGrainedVerdict, presetPermissions } from '../../utils/catalog/fine-grained-presets';
import { PERMISSIONS, permissionInfo, permissionResource, permissionRisk } from '../../utils/catalog/permissions';
import { BUILTIN_PRESETS } from '../../utils/catalog/presets';
import { fineGrainedPresetSchema, permissionInfoSchema } from '../../utils/catalog/schema';
import { isKnownScope } from '../../utils/catalog/scopes';
import { pickerDateFor, utcDateOfLocalMidnight } from '../../utils/dates';
import { summarizeFineGrained } from '../../utils/permission-summary';
import { SIMULATED_PERMISSIONS } from '../simulator/permissions';
import { message, useLocale } from './messages';

/** Permissions a read-only preset may hold: reads and downloads that reveal no credentials. */
const isPlainRead = (name: string) =>
  /^(read|download)_/.test(name) && permissionInfo(name) !== undefined && !permissionInfo(name)?.exposesSecrets;

const SECRET_BEARING = [
  'read_variable',
  'read_personal_access_token',
  'read_ssh_key',
  'read_deploy_key',
  'read_deploy_token',
];

describe('the permission catalog', () => {
  it('is valid, one entry per name, legacy equivalents are real scopes', () => {
    for (const permission of PERMISSIONS) expect(permissionInfoSchema.parse(permission)).toEqual(permission);
    expect(new Set(PERMISSIONS.map((permission) => permission.name)).size).toBe(PERMISSIONS.length);
    for (const permission of PERMISSIONS) {
      for (const scope of permission.legacy) expect(isKnownScope(scope), `${permission.name}: ${scope}`).toBe(true);
    }
  });

  it('knows every permission of the simulated 19.2 form but the one left out on purpose', () => {
    const unknown = SIMULATED_PERMISSIONS.map((permission) => permission.name).filter((name) => !permissionInfo(name));
    expect(unknown).toEqual(['read_knowledge_graph']);
    expect(permissionRisk('read_knowledge_graph')).toBe('unknown');
  });

  it('marks what holds credentials, and rates minting credentials critical', () => {
    for (const name of SECRET_BEARING) expect(permissionInfo(name)?.exposesSecrets, name).toBe(true);
    for (const name of ['create_personal_access_token', 'create_ssh_key', 'create_deploy_token', 'delete_project']) {
      expect(permissionRisk(name), name).toBe('critical');
    }
    expect(permissionInfo('download_code')?.legacy).toEqual(['read_repository']);
    expect(permissionInfo('push_code')?.legacy).toEqual(['write_repository']);
    expect(permissionInfo('read_container_repository')?.legacy).toEqual(['read_registry']);
  });

  it('derives the resource from a permission name, whatever the words of its action', () => {
    expect(permissionResource('read_merge_request')).toBe('merge_request');
    expect(permissionResource('download_code')).toBe('code');
    expect(permissionResource('unapprove_merge_request')).toBe('merge_request');
    expect(permissionResource('reset_approvals_merge_request')).toBe('merge_request');
    expect(permissionResource('read_repository_tag')).toBe('repository_tag');
  });

  it('knows the merge request approval permissions of GitLab’s catalog', () => {
    expect(permissionRisk('unapprove_merge_request')).toBe('medium');
    expect(permissionRisk('reset_approvals_merge_request')).toBe('high');
    expect(permissionInfo('reset_approvals_merge_request')?.legacy).toEqual(['api']);
  });

  it('every permission of the simulated 19.2 catalog is known, and its resource is the catalog’s', () => {
    for (const permission of SIMULATED_PERMISSIONS) {
      expect(permissionResource(permission.name), permission.name).toBe(permission.resource);
    }
  });
});

describe('fine-grained presets', () => {
  it('are valid and use only permissions the catalog knows', () => {
    for (const preset of FINE_GRAINED_PRESETS) {
      expect(fineGrainedPresetSchema.parse(preset)).toEqual(preset);
      for (const name of presetPermissions(preset)) expect(permissionInfo(name), name).toBeDefined();
    }
  });

  it('carry the names and lifetimes of the legacy presets they replace', () => {
    for (const preset of FINE_GRAINED_PRESETS) {
      const legacy = BUILTIN_PRESETS.find((candidate) => candidate.id === preset.id);
      expect(legacy, preset.id).toBeDefined();
      expect(preset.name).toBe(legacy?.name);
      expect(preset.lifetimeDays).toBe(legacy?.lifetimeDays);
    }
  });

  it('hold the contract’s permissions for Git clone and registry pull', () => {
    const byId = (id: string) => FINE_GRAINED_PRESETS.find((preset) => preset.id === id)?.permissions;
    expect(byId('git-clone')).toEqual({ namespace: ['download_code'] });
    expect(byId('registry-pull')).toEqual({ namespace: ['read_container_repository'] });
  });

  it.each(['git-clone', 'registry-pull', 'read-api', 'renovate-dry-run', 'argo-cd', 'deeptraq'])(
    '%s is read-only: reads only, none that expose secrets',
    (id) => {
      const preset = FINE_GRAINED_PRESETS.find((candidate) => candidate.id === id);
      const names = Object.values(preset?.permissions ?? {}).flat();
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !isPlainRead(name))).toEqual([]);
    },
  );

  it('every legacy preset says whether a fine-grained token can replace it, as the evidence says', () => {
    expect(fineGrainedRemark('git-clone')).toBe(message('presetBar.replaceable'));
    expect(fineGrainedRemark('registry-push')).toBe(
      message('presetBar.noFineGrained', { reason: message('presets.registry_push.legacyOnly') }),
    );
    expect(fineGrainedRemark('kubernetes-agent')).toContain('k8s_proxy');
    expect(fineGrainedRemark('jenkins')).toBe(
      message('presetBar.noFineGrained', { reason: message('presetBar.undocumented') }),
    );
    expect(fineGrainedRemark('renovate')).toBe(
      message('presetBar.keepLegacy', { why: message('presets.renovate.experimental') }),
    );
    for (const preset of BUILTIN_PRESETS) expect(fineGrainedRemark(preset.id).length).toBeGreaterThan(40);
  });

  it('says so in English as the contract words it', async () => {
    await useLocale('en');
    expect(fineGrainedRemark('git-clone')).toContain('a fine-grained token can replace this one (Verified)');
    expect(fineGrainedRemark('registry-push')).toContain('cannot push container images');
    expect(fineGrainedRemark('jenkins')).toContain('cannot replace');
    expect(fineGrainedRemark('renovate')).toBe(
      'Keep a legacy token: Renovate documents only legacy tokens (api); fine-grained support is an open request. Its fine-grained preset is Experimental.',
    );
  });

  it('only a fine-grained preset a run verified is recommended; Renovate links its upstream request', () => {
    const verified = FINE_GRAINED_PRESETS.filter((preset) => fineGrainedVerdict(preset.id).kind === 'verified').map(
      (preset) => preset.id,
    );
    expect(verified).toEqual(['git-clone', 'git-push', 'registry-pull', 'read-api', 'deeptraq']);
    for (const id of ['renovate', 'renovate-dry-run', 'glab', 'argo-cd']) {
      expect(FINE_GRAINED_PRESETS.find((preset) => preset.id === id)?.evidence.kind, id).toBe('experimental');
    }
    expect(fineGrainedVerdict('renovate')).toEqual({
      kind: 'experimental',
      issue: 'https://github.com/renovatebot/renovate/issues/45421',
    });
    expect(fineGrainedVerdict('glab')).toEqual({ kind: 'experimental' });
    expect(fineGrainedVerdict('jenkins')).toEqual({ kind: 'none' });
  });

  it('have words where their catalog says: why Experimental, what else is left, why a preset has none', () => {
    const text = (id: string, field: string) => optionalCatalogText(`presets.${id}.${field}`);
    const experimental = FINE_GRAINED_PRESETS.filter((preset) => preset.evidence.kind === 'experimental');
    expect(BUILTIN_PRESETS.filter((preset) => text(preset.id, 'experimental'))).toEqual(
      BUILTIN_PRESETS.filter((preset) => experimental.some((other) => other.id === preset.id)),
    );
    const withFineGrained = (id: string) => FINE_GRAINED_PRESETS.some((preset) => preset.id === id);
    for (const { id } of BUILTIN_PRESETS) {
      if (text(id, 'fineGrainedNote')) expect(withFineGrained(id), `${id}.fineGrainedNote`).toBe(true);
      if (text(id, 'legacyOnly')) expect(withFineGrained(id), `${id}.legacyOnly`).toBe(false);
    }
  });

  it('zod refuses a fine-grained preset without evidence, or merely documented', () => {
    const [gitClone] = FINE_GRAINED_PRESETS;
    expect(fineGrainedPresetSchema.safeParse({ ...gitClone, evidence: undefined }).success).toBe(false);
    expect(
      fineGrainedPresetSchema.safeParse({ ...gitClone, evidence: { kind: 'documented', read: '2026-12-01' } }).success,
    ).toBe(false);
  });
});

describe('dates on the fine-grained form (run in UTC and in Pacific/Kiritimati)', () => {
  it('picks the date whose local midnight falls on the wanted UTC date', () => {
    for (const date of ['2026-11-24', '2026-12-31', '2027-02-28', '2027-03-28', '2027-10-31']) {
      expect(utcDateOfLocalMidnight(pickerDateFor(date))).toBe(date);
    }
    const offsetHours = -new Date(2026, 10, 24).getTimezoneOffset() / 60;
    expect(pickerDateFor('2026-11-24')).toBe(offsetHours > 0 ? '2026-11-25' : '2026-11-24');
    expect(utcDateOfLocalMidnight('2026-11-25')).toBe(offsetHours > 0 ? '2026-11-24' : '2026-11-25');
  });
});

describe('the fine-grained summary', () => {
  const none = { namespace: [], user: [], instance: [] };
  const can = (name: string) => message(`permissions.${name}.can`);
  const risky = {
    permissions: {
      namespace: ['download_code', 'read_variable'],
      user: ['create_personal_access_token'],
      instance: [],
    },
    access: 'SELECTED_MEMBERSHIPS',
    namespaceCount: 0,
  };

  it('says nothing is selected', () => {
    const summary = summarizeFineGrained({ permissions: none, access: undefined, namespaceCount: 0 });
    expect(summary.risk).toBeUndefined();
    expect(fineGrainedSummaryText(summary)).toEqual({ text: message('fineGrained.summary.none'), warnings: [] });
  });

  it('restates each boundary with its risk, and flags what GitLab will refuse', () => {
    const summary = summarizeFineGrained(risky);
    expect(summary).toMatchObject({ reach: 'SELECTED_MEMBERSHIPS', risk: 'critical' });
    expect(summary.warnings).toEqual([
      { kind: 'pick-namespace' },
      { kind: 'exposes-secrets', permission: 'read_variable' },
      { kind: 'critical-permission', permission: 'create_personal_access_token' },
    ]);
    const { text, warnings } = fineGrainedSummaryText(summary);
    expect(text).toContain(
      message('fineGrained.summary.selectedMemberships', { can: `${can('download_code')}; ${can('read_variable')}` }),
    );
    expect(text).toContain(message('fineGrained.summary.user', { can: can('create_personal_access_token') }));
    expect(text).toContain(message('scopeSummary.overall', { risk: message('risk.critical') }));
    expect(warnings).toEqual([
      message('fineGrained.warnings.pickNamespace'),
      message('fineGrained.warnings.secrets', { permission: 'read_variable' }),
      message('fineGrained.warnings.critical', {
        permission: 'create_personal_access_token',
        can: can('create_personal_access_token'),
      }),
    ]);
  });

  it('reads in English as the catalog meant it', async () => {
    await useLocale('en');
    const { text, warnings } = fineGrainedSummaryText(summarizeFineGrained(risky));
    expect(text).toBe(
      'In the groups and projects you pick, this token can clone and pull the repository over HTTPS (and LFS, archives); read CI/CD variables, secrets included. As you, it can create new access tokens for you. Overall: Critical risk.',
    );
    expect(warnings).toEqual([
      'Pick at least one group or project under "Group or project".',
      'read_variable reveals credentials or security details.',
      'create_personal_access_token: a leaked token could create new access tokens for you.',
    ]);
  });

  it('unknown permissions rank above high and are named', () => {
    const summary = summarizeFineGrained({
      permissions: { ...none, user: ['read_user', 'read_knowledge_graph'] },
      access: undefined,
      namespaceCount: 0,
    });
    expect(summary.risk).toBe('unknown');
    expect(summary.warnings).toEqual([{ kind: 'unknown-permission', permission: 'read_knowledge_graph' }]);
    const { text, warnings } = fineGrainedSummaryText(summary);
    expect(text).toContain(message('fineGrained.summary.user', { can: `${can('read_user')}; read_knowledge_graph` }));
    expect(text).toContain(message('scopeSummary.overall', { risk: message('risk.unknown') }));
    expect(warnings).toEqual([message('fineGrained.warnings.unknown', { permission: 'read_knowledge_graph' })]);
  });

  it('namespace permissions without an access choice, or with all memberships', () => {
    const permissions = { ...none, namespace: ['read_project'] };
    const unset = summarizeFineGrained({ permissions, access: undefined, namespaceCount: 0 });
    expect(unset).toMatchObject({ reach: 'unset', warnings: [{ kind: 'choose-access' }] });
    expect(fineGrainedSummaryText(unset).warnings[0]).toBe(message('fineGrained.warnings.chooseAccess'));
    const all = summarizeFineGrained({ permissions, access: 'ALL_MEMBERSHIPS', namespaceCount: 0 });
    expect(all).toMatchObject({ reach: 'ALL_MEMBERSHIPS', warnings: [{ kind: 'all-memberships' }] });
    expect(fineGrainedSummaryText(all).warnings[0]).toBe(message('fineGrained.warnings.allMemberships'));
  });

  it('says where the group and project permissions reach, whatever GitLab offers', () => {
    const permissions = { ...none, namespace: ['read_project'] };
    const reach = (access: string) => summarizeFineGrained({ permissions, access, namespaceCount: 1 }).reach;
    expect(reach('PERSONAL_PROJECTS')).toBe('PERSONAL_PROJECTS');
    expect(reach('A_CHOICE_GITLAB_ADDS_LATER')).toBe('other');
    expect(
      fineGrainedSummaryText(summarizeFineGrained({ permissions, access: 'NEW', namespaceCount: 0 })).text,
    ).toContain(message('fineGrained.summary.otherAccess', { can: can('read_project') }));
  });
});
