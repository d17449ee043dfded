// layers/missing: the 4-layer model; one finding per layer not in place on the evaluation date.
import { localize, type Localized } from '../../i18n/lang.js';
import { layerInPlace, layerValue } from '../../model/as-of.js';
import { LAYERS, type Layer } from '../../model/vocabulary.js';
import { defineKind, type Obligation } from '../kind.js';

export const LAYER_NAMES: Record<Layer, Localized> = {
  onsite: { vi: 'lực lượng tại chỗ', en: 'on-site force' },
  monitoring: { vi: 'giám sát, bảo vệ chuyên nghiệp', en: 'professional monitoring and protection' },
  independent_audit: { vi: 'kiểm tra, đánh giá độc lập', en: 'independent inspection and assessment' },
  ncsc: { vi: 'kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia', en: 'connection to the national monitoring system (NCSC)' },
};

const ENDED = { vi: 'lớp "{name}" ({layer}) đã hết hiệu lực từ {d}', en: 'layer "{name}" ({layer}) ended on {d}' };
const NOT_YET = { vi: 'lớp "{name}" ({layer}) chỉ có hiệu lực từ {d}', en: 'layer "{name}" ({layer}) only starts on {d}' };
const MISSING = { vi: 'thiếu lớp "{name}" ({layer})', en: 'missing layer "{name}" ({layer})' };

export const layersKind = defineKind({
  kind: 'layers',
  options: (z) => z.strictObject({
    kind: z.literal('layers'),
    layers: z.array(z.enum(LAYERS)).min(1).default([...LAYERS]),
    // What a layer is called under the rule's regime (layer 4 under Law 116: the MPS's monitoring).
    names: z.partialRecord(z.enum(LAYERS), z.strictObject({ vi: z.string().trim().min(1), en: z.string().trim().min(1) })).optional(),
  }),
  evaluate(system, options, { asOf }) {
    const hits = [];
    for (const layer of options.layers) {
      const value = layerValue(system, layer);
      if (layerInPlace(value, asOf)) continue;
      const ended = typeof value === 'object' && value.until !== undefined && value.until < asOf;
      const notYet = typeof value === 'object' && value.since !== undefined && value.since > asOf;
      const d = typeof value === 'object' ? (ended ? value.until : value.since) : undefined;
      hits.push({
        path: value === undefined ? ['layers'] : ['layers', layer],
        layer,
        message: localize(ended ? ENDED : notYet ? NOT_YET : MISSING, { name: options.names?.[layer] ?? LAYER_NAMES[layer], layer, d }),
      });
    }
    return hits;
  },
  planKind: 'layer',
  // A layer's evidence with an end (`until`: a monitoring contract) is due to be renewed by then. A
  // layer that is missing, or whose evidence only starts after D, is an undated open finding.
  obligations(system, options, { asOf }) {
    const out: Obligation[] = [];
    for (const layer of options.layers) {
      const value = layerValue(system, layer);
      if (typeof value !== 'object' || value.until === undefined) continue;
      if (value.since !== undefined && (value.since > asOf || value.since > value.until)) continue;
      const name = options.names?.[layer] ?? LAYER_NAMES[layer];
      const provider = value.provider ? localize({ vi: ' (đơn vị cung cấp: {p})', en: ' (provider: {p})' }, { p: value.provider }) : { vi: '', en: '' };
      out.push({
        kind: 'layer',
        subject: layer,
        layer,
        due: value.until,
        detail: localize(
          value.until < asOf
            ? { vi: 'lớp "{vi}" ({layer}) đã hết hiệu lực sau ngày {d}{pv}', en: 'layer "{en}" ({layer}) was covered only until {d}{pe}' }
            : { vi: 'lớp "{vi}" ({layer}) chỉ có hiệu lực đến hết ngày {d}{pv}', en: 'layer "{en}" ({layer}) is covered until {d}{pe}' },
          { ...name, layer, d: value.until, pv: provider.vi, pe: provider.en },
        ),
        path: ['layers', layer, 'until'],
      });
    }
    return out;
  },
  describe: (options, lang) => (lang === 'vi' ? 'các lớp: ' : 'layers: ') + options.layers.join(', '),
});
