// Part 2 of Form 08 comes from the config file's `organization:` block: the owner (chủ quản) and
// its dedicated cybersecurity unit (đơn vị chuyên trách về an ninh mạng). Every key is optional in
// the config so that a missing one is reported as a form08/part2 finding naming the key, like
// any other gap in the facts, instead of stopping every command with a config error.

export const PARTY_KEYS = ['name', 'mandate', 'representative', 'title', 'address', 'phone', 'email'] as const;
export type PartyKey = (typeof PARTY_KEYS)[number];
export type Party = Partial<Record<PartyKey, string>>;

export interface OrganizationConfig {
  owner?: Party;
  dedicated_unit?: Party;
}

/** Which party keys the form requires: the owner's mandate may be blank when no such document exists (form's instruction). */
export const REQUIRED_KEYS: Readonly<Record<keyof OrganizationConfig, readonly PartyKey[]>> = {
  owner: ['name', 'representative', 'title', 'address', 'phone', 'email'],
  dedicated_unit: ['name', 'mandate', 'representative', 'title', 'address', 'phone', 'email'],
};
