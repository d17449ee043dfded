// Dates in an inventory that cannot be right, reported as inventory findings while the system is
// still audited: evidence of something done (an approval, an audit, a drill, a security conclusion)
// dated after today's real date — a typo such as 2052 would otherwise be silently ignored as "not
// yet happened" on every evaluation date — and layer evidence that ends before it starts.
// "Today" is the real calendar date of the run, not the evaluation date: `--as-of` in the past is normal.
import type { Finding } from '../engine/finding.js';
import { localize } from '../i18n/lang.js';
import type { LoadedSystem } from '../loading/inventory.js';
import type { DataPath } from '../loading/yaml-source.js';
import type { IsoDate } from '../util/date.js';
import { LAYERS } from './vocabulary.js';

export const FUTURE_DATE_RULE = 'inventory/future-date';
export const DATE_ORDER_RULE = 'inventory/date-order';

/** Where a system records something already done, with its date. */
function evidenceDates(system: LoadedSystem): [DataPath, IsoDate][] {
  const r = system.record;
  const out: [DataPath, IsoDate][] = [];
  if (r.approval !== undefined) out.push([['approval', 'date'], r.approval.date]);
  if (r.security_conclusion !== undefined) out.push([['security_conclusion'], r.security_conclusion]);
  r.audits.forEach((a, i) => out.push([['audits', i, 'date'], a.date]));
  if (r.last_audit !== undefined) out.push([['last_audit'], r.last_audit]);
  r.drills.forEach((d, i) => out.push([['drills', i, 'date'], d.date]));
  return out;
}

export function evidenceDateFindings(system: LoadedSystem, today: IsoDate | undefined): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, severity: Finding['severity'], path: DataPath, message: Finding['message']): void => {
    const position = system.locate(path);
    findings.push({ rule, severity, system: system.record.id, message, file: system.file, line: position.line, column: position.column, suppressed: false });
  };
  if (today !== undefined) {
    for (const [path, date] of evidenceDates(system)) {
      if (date <= today) continue;
      add(
        FUTURE_DATE_RULE,
        'warning',
        path,
        localize(
          { vi: 'ngày {d} ở sau ngày hôm nay ({t}): có nhầm khi nhập không? Bằng chứng này bị bỏ qua cho đến ngày đó', en: 'date {d} is after today ({t}): a typing mistake? This evidence is ignored until that day' },
          { d: date, t: today },
        ),
      );
    }
  }
  const layers = system.record.layers;
  for (const layer of LAYERS) {
    const value = Object.hasOwn(layers, layer) ? layers[layer] : undefined;
    if (typeof value !== 'object' || value.since === undefined || value.until === undefined || value.until >= value.since) continue;
    add(
      DATE_ORDER_RULE,
      'error',
      ['layers', layer, 'until'],
      localize(
        { vi: 'lớp {layer}: ngày kết thúc {u} trước ngày bắt đầu {s}', en: 'layer {layer}: ends on {u}, before it starts on {s}' },
        { layer, u: value.until, s: value.since },
      ),
    );
  }
  return findings;
}
