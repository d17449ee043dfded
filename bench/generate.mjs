// Seeded generator of realistic inventories in attt-audit's format: Vietnamese owners and names,
// every field of the schema, a mix of compliant, partly compliant, unapproved and broken systems,
// written as one file or split over many (one per owner, as provinces and ministries report).
//
//   node bench/generate.mjs --systems 100000 [--files 1|N] [--seed 7] [--broken 0.02] [--syntax-errors 0] [--style block|flow] --out DIR
//
// `--style flow` writes the same systems (same random draws) with the flow mappings people also
// write: `approval: { decision: …, date: … }`, audits as `- { date: …, result: … }`, `layers: { onsite: true, … }`.
// The same arguments always produce the same bytes. Dates are spread around 2024-12-26, the
// evaluation date the benchmark uses (`--as-of 2024-12-26`).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: small, fast, and good enough to pick realistic values reproducibly. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  ['ha-noi', 'Thành phố Hà Nội'], ['ho-chi-minh', 'Thành phố Hồ Chí Minh'], ['hai-phong', 'Thành phố Hải Phòng'],
  ['da-nang', 'Thành phố Đà Nẵng'], ['can-tho', 'Thành phố Cần Thơ'], ['hue', 'Thành phố Huế'],
  ['an-giang', 'Tỉnh An Giang'], ['bac-ninh', 'Tỉnh Bắc Ninh'], ['ca-mau', 'Tỉnh Cà Mau'], ['cao-bang', 'Tỉnh Cao Bằng'],
  ['dak-lak', 'Tỉnh Đắk Lắk'], ['dien-bien', 'Tỉnh Điện Biên'], ['dong-nai', 'Tỉnh Đồng Nai'], ['dong-thap', 'Tỉnh Đồng Tháp'],
  ['gia-lai', 'Tỉnh Gia Lai'], ['ha-tinh', 'Tỉnh Hà Tĩnh'], ['hung-yen', 'Tỉnh Hưng Yên'], ['khanh-hoa', 'Tỉnh Khánh Hòa'],
  ['lai-chau', 'Tỉnh Lai Châu'], ['lam-dong', 'Tỉnh Lâm Đồng'], ['lang-son', 'Tỉnh Lạng Sơn'], ['lao-cai', 'Tỉnh Lào Cai'],
  ['nghe-an', 'Tỉnh Nghệ An'], ['ninh-binh', 'Tỉnh Ninh Bình'], ['phu-tho', 'Tỉnh Phú Thọ'], ['quang-ngai', 'Tỉnh Quảng Ngãi'],
  ['quang-ninh', 'Tỉnh Quảng Ninh'], ['quang-tri', 'Tỉnh Quảng Trị'], ['son-la', 'Tỉnh Sơn La'], ['tay-ninh', 'Tỉnh Tây Ninh'],
  ['thai-nguyen', 'Tỉnh Thái Nguyên'], ['thanh-hoa', 'Tỉnh Thanh Hóa'], ['tuyen-quang', 'Tỉnh Tuyên Quang'], ['vinh-long', 'Tỉnh Vĩnh Long'],
];
const MINISTRIES = [
  ['bkhcn', 'Bộ Khoa học và Công nghệ'], ['btc', 'Bộ Tài chính'], ['bca', 'Bộ Công an'], ['byt', 'Bộ Y tế'],
  ['bgddt', 'Bộ Giáo dục và Đào tạo'], ['bct', 'Bộ Công Thương'], ['bnnmt', 'Bộ Nông nghiệp và Môi trường'],
  ['bxd', 'Bộ Xây dựng'], ['btp', 'Bộ Tư pháp'], ['bnv', 'Bộ Nội vụ'], ['bvhttdl', 'Bộ Văn hóa, Thể thao và Du lịch'],
  ['bng', 'Bộ Ngoại giao'], ['nhnn', 'Ngân hàng Nhà nước Việt Nam'], ['ttcp', 'Thanh tra Chính phủ'],
];
const ORGANIZATIONS = [...MINISTRIES, ...PROVINCES];
const UNITS = [
  'Văn phòng', 'Trung tâm Công nghệ thông tin', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Sở Y tế', 'Sở Giáo dục và Đào tạo',
  'Sở Nội vụ', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Công Thương', 'Trung tâm Phục vụ hành chính công', 'Cục Thống kê',
  'Ban Quản lý các khu công nghiệp', 'Bảo hiểm xã hội', 'Cục Thuế', 'Vụ Kế hoạch - Tài chính', 'Thanh tra',
];
const SYSTEMS = [
  ['portal', 'Cổng thông tin điện tử'], ['email', 'Hệ thống thư điện tử công vụ'], ['qlvb', 'Hệ thống quản lý văn bản và điều hành'],
  ['motcua', 'Hệ thống thông tin giải quyết thủ tục hành chính (một cửa điện tử)'], ['lgsp', 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)'],
  ['hnth', 'Hệ thống hội nghị truyền hình trực tuyến'], ['csdl-cbcc', 'Cơ sở dữ liệu cán bộ, công chức, viên chức'],
  ['ke-toan', 'Phần mềm kế toán hành chính sự nghiệp'], ['camera', 'Hệ thống camera giám sát an ninh, trật tự'],
  ['ioc', 'Trung tâm giám sát, điều hành đô thị thông minh (IOC)'], ['dldt', 'Kho dữ liệu dùng chung'],
  ['wifi', 'Mạng nội bộ và Wi-Fi công cộng'], ['tcdl', 'Cổng dữ liệu mở'], ['bc-kt-xh', 'Hệ thống thông tin báo cáo kinh tế - xã hội'],
  ['ytdt', 'Hệ thống quản lý hồ sơ sức khỏe điện tử'], ['csdl-dat-dai', 'Cơ sở dữ liệu đất đai'],
];
const PROVIDERS = ['Trung tâm VNCERT/CC', 'Viettel Cyber Security', 'VNPT Cyber Immunity', 'FPT Information System', 'CMC Cyber Security', 'Bkav'];
const SIGNERS = ['Giám đốc Trung tâm Công nghệ thông tin', 'Chánh Văn phòng', 'Thứ trưởng phụ trách chuyển đổi số', 'Phó Chủ tịch Ủy ban nhân dân'];
const AS_OF = Date.UTC(2024, 11, 26);
const DAY = 86_400_000;

class Writer {
  constructor(random, style = 'block') {
    this.random = random;
    this.style = style;
    this.lines = [];
  }
  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }
  chance(p) {
    return this.random() < p;
  }
  int(lo, hi) {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  /** A date `daysAgo` (negative: in the future) before the evaluation date, in either accepted notation. */
  date(daysAgo) {
    const d = new Date(AS_OF - daysAgo * DAY);
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    if (this.chance(0.3)) return `${String(dd).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    return `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  }
  line(indent, text) {
    this.lines.push(' '.repeat(indent) + text);
  }
  /** `key:` and its entries (`[name, value]`, a value being text or entries), in block or flow style. */
  mapping(indent, key, entries) {
    if (this.style === 'flow') this.line(indent, `${key}: ${flow(entries)}`);
    else {
      this.line(indent, `${key}:`);
      this.entries(indent + 2, entries);
    }
  }
  /** One entry of a sequence of mappings: `- name: value` and the rest below, or `- { … }`. */
  item(indent, entries) {
    if (this.style === 'flow') this.line(indent, `- ${flow(entries)}`);
    else {
      const [[name, value], ...rest] = entries;
      this.line(indent, `- ${name}: ${value}`);
      this.entries(indent + 2, rest);
    }
  }
  entries(indent, entries) {
    for (const [name, value] of entries) {
      if (typeof value === 'string') this.line(indent, `${name}: ${value}`);
      else this.mapping(indent, name, value);
    }
  }
}

function flow(entries) {
  return `{ ${entries.map(([name, value]) => `${name}: ${typeof value === 'string' ? value : flow(value)}`).join(', ')} }`;
}

/** One system, as YAML lines under `systems:`; returns its id. `kind` decides how compliant it is. */
function writeSystem(w, id, org, kind) {
  const [code, what] = w.pick(SYSTEMS);
  const unit = w.pick(UNITS);
  const owner = org[0].startsWith('b') || org[0] === 'nhnn' || org[0] === 'ttcp' ? `${unit} - ${org[1]}` : `${unit} ${org[1].replace(/^(Tỉnh|Thành phố) /, '')}`;
  const sysId = `${org[0]}-${code}-${id}`;
  w.line(2, `- id: ${sysId}`);
  w.line(4, `name: ${w.chance(0.3) ? `${what} của ${unit}` : what}`);
  w.line(4, `owner: ${owner}`);
  if (kind === 'retired' || kind === 'building') w.line(4, `status: ${kind}`);

  const approved = kind === 'compliant' || kind === 'partial';
  const level = approved ? w.pick([1, 2, 2, 2, 3, 3, 3, 4, 5]) : w.pick([1, 2, 2, 3, 3, 4]);
  const approvalAgo = w.int(200, 2000);
  if (approved) {
    w.line(4, `level: ${level}`);
    const decision = `Quyết định số ${w.int(10, 4999)}/QĐ-${org[0].toUpperCase()}`;
    w.mapping(4, 'approval', [['decision', decision], ['date', w.date(approvalAgo)]]);
    w.line(4, `protection_plan: ${kind === 'compliant' ? 'deployed' : w.pick(['deployed', 'approved', 'drafted'])}`);
  } else if (kind === 'proposed') {
    w.line(4, `proposed_level: ${level}`);
    if (w.chance(0.5)) w.line(4, `protection_plan: ${w.pick(['drafted', 'none'])}`);
  }

  const goLiveAgo = w.int(-60, 3000);
  if (w.chance(0.6)) {
    w.line(4, `go_live: ${w.date(goLiveAgo)}`);
    if (kind === 'compliant' || w.chance(0.5)) w.line(4, `security_conclusion: ${w.date(goLiveAgo + (kind === 'compliant' ? w.int(5, 60) : w.int(-200, 60)))}`);
  }

  // Audits: recent enough for the level when compliant, otherwise anything.
  const interval = level <= 2 ? 730 : level <= 4 ? 365 : 182;
  if (approved || w.chance(0.3)) {
    const count = w.int(0, 2);
    if (count === 1 && w.chance(0.4)) {
      w.line(4, `last_audit: ${w.date(kind === 'compliant' ? w.int(10, interval - 100) : w.int(10, interval * 2))}`);
    } else if (count > 0) {
      w.line(4, 'audits:');
      let ago = kind === 'compliant' ? w.int(10, interval - 100) : w.int(10, interval * 2);
      for (let i = 0; i < count; i += 1) {
        const entry = [['date', w.date(ago)]];
        if (w.chance(0.8)) entry.push(['result', w.pick(['pass', 'pass', 'partial', 'fail'])]);
        if (w.chance(0.4)) entry.push(['by', w.pick(PROVIDERS)]);
        if (w.chance(0.1)) entry.push(['report', `Báo cáo số ${w.int(1, 300)}/BC-ATTT`]);
        w.item(6, entry);
        ago += w.int(200, 500);
      }
    }
  }

  // The 4-layer model: every layer for compliant systems, a random subset otherwise.
  const layers = ['onsite', 'monitoring', 'independent_audit', 'ncsc'].filter(() => kind === 'compliant' || w.chance(0.55));
  if (layers.length > 0) {
    const entries = [];
    for (const layer of layers) {
      const style = w.random();
      if (layer === 'onsite' && style < 0.8) {
        entries.push(['onsite', 'true']);
      } else if (style < 0.5) {
        entries.push([layer, 'true']);
      } else {
        const record = [['since', w.date(w.int(kind === 'compliant' ? 30 : -90, 1500))]];
        if (kind !== 'compliant' && w.chance(0.15)) record.push(['until', w.date(w.int(-300, 400))]);
        if (layer !== 'ncsc') { if (w.chance(0.5)) record.push(['provider', w.pick(PROVIDERS)]); }
        else if (w.chance(0.2)) record.push(['evidence', `"Văn bản xác nhận kết nối số ${w.int(1, 999)}/NCSC-GS: đã kết nối"`]);
        entries.push([layer, record]);
      }
    }
    w.mapping(4, 'layers', entries);
  }

  if (level >= 3 && (approved || w.chance(0.2)) && w.chance(kind === 'compliant' ? 1 : 0.5)) {
    w.line(4, 'drills:');
    w.line(6, `- date: ${w.date(kind === 'compliant' ? w.int(5, 330) : w.int(5, 700))}`);
    w.line(8, 'kind: thực chiến');
    if (w.chance(0.15)) w.line(8, `note: 'Diễn tập bảo vệ ${what.toLowerCase()}'`);
  }

  if (kind === 'partial' && w.chance(0.15)) {
    w.line(4, 'waivers:');
    w.line(6, `- rule: ${w.pick(['layers/missing', 'plan/not-deployed', 'cadence/overdue'])}`);
    w.line(8, 'reason: Đang lựa chọn nhà cung cấp dịch vụ, dự kiến hoàn thành trong quý II/2025');
    w.line(8, `expires: ${w.date(w.int(-200, 100))}`);
    if (w.chance(0.7)) w.line(8, `approved_by: ${w.pick(SIGNERS)}`);
  }

  if (w.chance(0.35)) {
    w.line(4, 'attributes:');
    w.line(6, `internet_facing: ${w.chance(0.6)}`);
    if (w.chance(0.4)) w.line(6, `users: ${w.int(20, 20000)}`);
    if (w.chance(0.3)) w.line(6, `dr_site: ${w.chance(0.3)}`);
    if (w.chance(0.2)) w.line(6, `url: https://${code}.${org[0]}.gov.vn`);
  }
  return sysId;
}

/** A system with one realistic mistake: each is a different kind of inventory finding. */
function writeBrokenSystem(w, id, org, previousId) {
  const mistake = w.int(0, 7);
  const sysId = mistake === 7 && previousId ? previousId : `${org[0]}-loi-${id}`;
  w.line(2, `- id: ${sysId}`);
  if (mistake !== 0) w.line(4, `name: ${w.pick(SYSTEMS)[1]}`);
  w.line(4, `${mistake === 1 ? 'owners' : 'owner'}: ${w.pick(UNITS)} ${org[1]}`);
  if (mistake === 2) {
    w.line(4, 'level: 3');
  } else if (mistake === 3) {
    w.line(4, 'level: ba');
    w.line(4, 'approval: { decision: Quyết định số 12/QĐ, date: 2023-05-05 }');
  } else if (mistake === 4) {
    w.line(4, 'level: 2');
    w.line(4, 'approval:');
    w.line(6, 'decision: Quyết định số 1/QĐ');
    w.line(6, `date: 31/02/${w.int(2019, 2024)}`);
  } else if (mistake === 5) {
    w.line(4, 'layers:');
    w.line(6, 'onsite: co');
    w.line(6, 'monitorin: true');
  } else if (mistake === 6) {
    w.line(4, 'audits:');
    w.line(6, '- result: pass');
  }
  return sysId;
}

const KINDS = [
  ['compliant', 0.34],
  ['partial', 0.3],
  ['proposed', 0.22],
  ['unapproved', 0.1],
  ['building', 0.025],
  ['retired', 0.015],
];

function pickKind(random) {
  let r = random() * KINDS.reduce((sum, [, p]) => sum + p, 0);
  for (const [kind, p] of KINDS) {
    if ((r -= p) < 0) return kind;
  }
  return 'compliant';
}

/**
 * Returns `[{ name, text }]`: the inventory split into `files` files (one per organization,
 * cycling through ministries and provinces, numbered when there are more files than names).
 */
export function generateInventory({ systems, files = 1, seed = 7, broken = 0.02, syntaxErrors = 0, style = 'block' }) {
  const random = prng(seed);
  const out = [];
  const perFile = Math.ceil(systems / files);
  let next = 0;
  let previousId;
  for (let f = 0; f < files && next < systems; f += 1) {
    const org = ORGANIZATIONS[f % ORGANIZATIONS.length];
    const w = new Writer(random, style);
    w.line(0, `# Danh mục hệ thống thông tin và cấp độ an toàn — ${org[1]} (dữ liệu sinh tự động, seed ${seed})`);
    w.line(0, `organization: ${files === 1 ? 'Báo cáo tổng hợp toàn quốc' : org[1]}`);
    w.line(0, 'systems:');
    const end = Math.min(systems, next + perFile);
    for (; next < end; next += 1) {
      const sysOrg = files === 1 ? w.pick(ORGANIZATIONS) : org;
      if (w.chance(broken)) {
        previousId = writeBrokenSystem(w, next, sysOrg, previousId);
      } else {
        previousId = writeSystem(w, next, sysOrg, pickKind(random));
      }
      w.line(0, '');
    }
    // A syntax error in every n-th file: an unclosed flow mapping in its last system.
    if (syntaxErrors > 0 && f % Math.max(1, Math.floor(files / syntaxErrors)) === 0 && out.filter((x) => x.syntaxError).length < syntaxErrors) {
      w.line(4, 'layers: { onsite: true, monitoring: true');
      out.push({ name: fileName(f, files, org), text: `${w.lines.join('\n')}\n`, syntaxError: true });
      continue;
    }
    out.push({ name: fileName(f, files, org), text: `${w.lines.join('\n')}\n` });
  }
  return out;
}

function fileName(index, files, org) {
  if (files === 1) return 'inventory.yaml';
  const round = Math.floor(index / ORGANIZATIONS.length);
  return `${String(index).padStart(String(files - 1).length, '0')}-${org[0]}${round > 0 ? `-${round}` : ''}.yaml`;
}

/** Writes the generated files into `dir` (emptied first). Returns the total size in bytes. */
export function writeInventory(dir, options) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const { name, text } of generateInventory(options)) {
    const data = Buffer.from(text, 'utf8');
    bytes += data.length;
    writeFileSync(path.join(dir, name), data);
  }
  return bytes;
}

function parseArgs(argv) {
  const options = { systems: 41, files: 1, seed: 7, broken: 0.02, syntaxErrors: 0, style: 'block', out: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`missing value for ${flag}`);
    if (flag === '--systems') options.systems = Number(value);
    else if (flag === '--files') options.files = Number(value);
    else if (flag === '--seed') options.seed = Number(value);
    else if (flag === '--broken') options.broken = Number(value);
    else if (flag === '--syntax-errors') options.syntaxErrors = Number(value);
    else if (flag === '--style' && (value === 'block' || value === 'flow')) options.style = value;
    else if (flag === '--out') options.out = value;
    else throw new Error(`unknown flag ${flag}`);
  }
  if (!options.out) throw new Error('--out DIR is required');
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = parseArgs(process.argv.slice(2));
  const bytes = writeInventory(options.out, options);
  process.stdout.write(`${options.systems} systems, ${options.files} file(s), ${(bytes / 1e6).toFixed(1)} MB → ${options.out}\n`);
}
