// layers/missing: the 4-layer model; one finding per layer not in place on the evaluation date.
import { localize, type Localized } from '../../i18n/lang.js';
import { layerInPlace, layerValue } from '../../model/as-of.js';
import { LAYERS, type Layer } from '../../model/vocabulary.js';
import { defineKind } from '../kind.js';

export const LAYER_NAMES: Record<Layer, Localized> = {
  onsite: { vi: 'lực lượng tại chỗ', en: 'on-site force' },
  monitoring: { vi: 'giám sát, bảo vệ chuyên nghiệp', en: 'professional monitoring and protection' },
  independent_audit: { vi: 'kiểm tra, đánh giá độc lập', en: 'independent inspection and assessment' },
  ncsc: { vi: 'kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia', en: 'connection to the national monitoring system (NCSC)' },
};

export const layersKind = defineKind({
  kind: 'layers',
  options: (z) => z.strictObject({
    kind: z.literal('layers'),
    layers: z.array(z.enum(LAYERS)).min(1).default([...LAYERS]),
  }),
  evaluate(system, options, { asOf }) {
    return options.layers
      .filter((layer) => !layerInPlace(layerValue(system, layer), asOf))
      .map((layer) => {
        const value = layerValue(system, layer);
        const ended = typeof value === 'object' && value.until !== undefined && value.until < asOf;
        const notYet = typeof value === 'object' && value.since !== undefined && value.since > asOf;
        const template = ended
          ? { vi: 'lớp "{vi}" ({layer}) đã hết hiệu lực từ {d}', en: 'layer "{en}" ({layer}) ended on {d}' }
          : notYet
            ? { vi: 'lớp "{vi}" ({layer}) chỉ có hiệu lực từ {d}', en: 'layer "{en}" ({layer}) only starts on {d}' }
            : { vi: 'thiếu lớp "{vi}" ({layer})', en: 'missing layer "{en}" ({layer})' };
        const d = typeof value === 'object' ? (ended ? value.until : value.since) : undefined;
        return {
          path: value === undefined ? ['layers'] : ['layers', layer],
          layer,
          message: localize(template, { ...LAYER_NAMES[layer], layer, d }),
        };
      });
  },
  describe: (options, lang) => (lang === 'vi' ? 'các lớp: ' : 'layers: ') + options.layers.join(', '),
});
