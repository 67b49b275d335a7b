import { describe, expect, it } from 'vitest';
import {
  FINE_GRAINED_PRESETS,
  fineGrainedVerdict,
  legacyOnlyReason,
  presetPermissions,
  verifiedFineGrained,
} from '../../utils/catalog/fine-grained-presets';
import { PERMISSIONS, permissionInfo, permissionResource, permissionRisk } from '../../utils/catalog/permissions';
import { BUILTIN_PRESETS } from '../../utils/catalog/presets';
import { fineGrainedPresetSchema, permissionInfoSchema } from '../../utils/catalog/schema';
import { isKnownScope } from '../../utils/catalog/scopes';
import { pickerDateFor, utcDateOfLocalMidnight } from '../../utils/dates';
import { summarizeFineGrained } from '../../utils/permission-summary';
import { SIMULATED_PERMISSIONS } from '../simulator/permissions';

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
    expect(fineGrainedVerdict('git-clone')).toContain('a fine-grained token can replace this one (Verified)');
    expect(fineGrainedVerdict('registry-push')).toContain('cannot push container images');
    expect(fineGrainedVerdict('kubernetes-agent')).toContain('k8s_proxy');
    expect(fineGrainedVerdict('jenkins')).toContain('cannot replace');
    expect(fineGrainedVerdict('renovate')).toBe(
      'Keep a legacy token: Renovate documents only legacy tokens (api); fine-grained support is an open request. Its fine-grained preset is Experimental.',
    );
    for (const preset of BUILTIN_PRESETS) expect(fineGrainedVerdict(preset.id).length).toBeGreaterThan(40);
  });

  it('only a fine-grained preset a run verified is recommended; Renovate links its upstream request', () => {
    const verified = FINE_GRAINED_PRESETS.filter((preset) => verifiedFineGrained(preset.id)).map((preset) => preset.id);
    expect(verified).toEqual(['git-clone', 'git-push', 'registry-pull', 'read-api', 'deeptraq']);
    for (const id of ['renovate', 'renovate-dry-run', 'glab', 'argo-cd']) {
      expect(FINE_GRAINED_PRESETS.find((preset) => preset.id === id)?.evidence.kind, id).toBe('experimental');
    }
    expect(legacyOnlyReason('renovate').issue).toBe('https://github.com/renovatebot/renovate/issues/45421');
    expect(legacyOnlyReason('jenkins').issue).toBeUndefined();
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

  it('says nothing is selected', () => {
    expect(summarizeFineGrained({ permissions: none, access: undefined, namespaceCount: 0 }).text).toContain(
      'No permissions selected',
    );
  });

  it('restates each boundary with its risk, and flags what GitLab will refuse', () => {
    const summary = summarizeFineGrained({
      permissions: {
        namespace: ['download_code', 'read_variable'],
        user: ['create_personal_access_token'],
        instance: [],
      },
      access: 'SELECTED_MEMBERSHIPS',
      namespaceCount: 0,
    });
    expect(summary.text).toContain('In the groups and projects you pick, this token can clone and pull');
    expect(summary.text).toContain('As you, it can create new access tokens for you.');
    expect(summary.risk).toBe('critical');
    expect(summary.warnings).toEqual([
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
    expect(summary.warnings).toEqual([
      "read_knowledge_graph is a permission Scopewise does not know: check GitLab's documentation first.",
    ]);
  });

  it('namespace permissions without an access choice, or with all memberships', () => {
    const permissions = { ...none, namespace: ['read_project'] };
    expect(summarizeFineGrained({ permissions, access: undefined, namespaceCount: 0 }).warnings[0]).toContain(
      'Choose the group and project access',
    );
    expect(summarizeFineGrained({ permissions, access: 'ALL_MEMBERSHIPS', namespaceCount: 0 }).warnings[0]).toContain(
      'groups and projects you join later',
    );
  });
});
