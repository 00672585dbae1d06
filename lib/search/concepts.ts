import { normalizeText } from "./normalize";

/**
 * One concept in the languages of the notes: what 障害対応, 장애 대응, 故障处理 and incident
 * response have in common. Search offers the other languages' sections of a concept after the
 * direct results ("also in other languages"). The terms are the ones the notes' subject uses
 * (running Kubernetes in production) and the taxonomy's areas; each language lists its usual
 * written forms, the first being the one shown.
 */
export interface Concept {
  ja: readonly string[];
  ko: readonly string[];
  /** Chinese: Simplified and Traditional forms fold together in search, so one list holds both. */
  zh: readonly string[];
  en: readonly string[];
}

export const CONCEPTS: readonly Concept[] = [
  { ja: ["障害"], ko: ["장애"], zh: ["故障"], en: ["failure", "outage"] },
  { ja: ["障害対応"], ko: ["장애 대응"], zh: ["故障处理", "故障處理"], en: ["incident response"] },
  { ja: ["耐障害性"], ko: ["내결함성"], zh: ["容错", "容錯"], en: ["fault tolerance"] },
  { ja: ["可用性", "高可用性"], ko: ["가용성", "고가용성"], zh: ["高可用"], en: ["availability"] },
  { ja: ["冗長化"], ko: ["이중화"], zh: ["冗余", "冗餘"], en: ["redundancy"] },
  { ja: ["バックアップ"], ko: ["백업"], zh: ["备份", "備份"], en: ["backup"] },
  { ja: ["リストア", "復元"], ko: ["복원", "복구"], zh: ["恢复", "還原", "还原"], en: ["restore"] },
  { ja: ["災害復旧"], ko: ["재해 복구"], zh: ["灾难恢复", "災難恢復"], en: ["disaster recovery"] },
  { ja: ["監視"], ko: ["모니터링"], zh: ["监控", "監控"], en: ["monitoring"] },
  { ja: ["アラート"], ko: ["알림", "경보"], zh: ["告警"], en: ["alert", "alerting"] },
  { ja: ["ログ"], ko: ["로그"], zh: ["日志", "日誌"], en: ["logging", "logs"] },
  { ja: ["メトリクス"], ko: ["메트릭"], zh: ["指标", "指標"], en: ["metrics"] },
  {
    ja: ["オブザーバビリティ", "可観測性"],
    ko: ["관측 가능성"],
    zh: ["可观测性", "可觀測性"],
    en: ["observability"],
  },
  {
    ja: ["トラブルシューティング"],
    ko: ["문제 해결"],
    zh: ["故障排查", "排错", "排錯"],
    en: ["troubleshooting"],
  },
  { ja: ["ポストモーテム"], ko: ["포스트모템"], zh: ["事后复盘", "事後復盤"], en: ["postmortem"] },
  {
    ja: ["スケーリング", "スケール"],
    ko: ["스케일링", "확장"],
    zh: ["扩缩容", "擴縮容", "伸缩", "伸縮"],
    en: ["scaling"],
  },
  {
    ja: ["オートスケーリング", "オートスケール"],
    ko: ["자동 확장", "오토스케일링"],
    zh: ["自动伸缩", "自動伸縮", "弹性伸缩", "彈性伸縮"],
    en: ["autoscaling"],
  },
  {
    ja: ["負荷試験", "負荷テスト"],
    ko: ["부하 테스트"],
    zh: ["负载测试", "負載測試", "压力测试", "壓力測試"],
    en: ["load test", "load testing"],
  },
  { ja: ["性能"], ko: ["성능"], zh: ["性能"], en: ["performance"] },
  { ja: ["キャパシティ", "収容性"], ko: ["용량"], zh: ["容量"], en: ["capacity"] },
  {
    ja: ["カオスエンジニアリング"],
    ko: ["카오스 엔지니어링"],
    zh: ["混沌工程"],
    en: ["chaos engineering"],
  },
  { ja: ["アップグレード"], ko: ["업그레이드"], zh: ["升级", "升級"], en: ["upgrade"] },
  { ja: ["ロールバック"], ko: ["롤백"], zh: ["回滚", "回滾"], en: ["rollback"] },
  {
    ja: ["ローリングアップデート"],
    ko: ["롤링 업데이트"],
    zh: ["滚动更新", "滾動更新"],
    en: ["rolling update"],
  },
  { ja: ["デプロイ"], ko: ["배포"], zh: ["部署"], en: ["deployment", "deploy"] },
  { ja: ["クラスタ"], ko: ["클러스터"], zh: ["集群", "叢集"], en: ["cluster"] },
  { ja: ["ノード"], ko: ["노드"], zh: ["节点", "節點"], en: ["node"] },
  { ja: ["コンテナ"], ko: ["컨테이너"], zh: ["容器"], en: ["container"] },
  { ja: ["ネットワーク"], ko: ["네트워크"], zh: ["网络", "網路"], en: ["network"] },
  { ja: ["ストレージ"], ko: ["스토리지"], zh: ["存储", "儲存"], en: ["storage"] },
  { ja: ["セキュリティ"], ko: ["보안"], zh: ["安全"], en: ["security"] },
  { ja: ["証明書"], ko: ["인증서"], zh: ["证书", "憑證"], en: ["certificate"] },
  {
    ja: ["移行", "マイグレーション"],
    ko: ["마이그레이션"],
    zh: ["迁移", "遷移"],
    en: ["migration"],
  },
  { ja: ["設定"], ko: ["설정"], zh: ["配置"], en: ["configuration"] },
  { ja: ["状態"], ko: ["상태"], zh: ["状态", "狀態"], en: ["state"] },
  { ja: ["レンダリング"], ko: ["렌더링"], zh: ["渲染"], en: ["rendering"] },
  { ja: ["コンポーネント"], ko: ["컴포넌트"], zh: ["组件", "元件"], en: ["component"] },
];

export type ConceptLang = keyof Concept;

/** The search languages each concept language stands for. */
export const CONCEPT_LANGS: Readonly<Record<ConceptLang, readonly string[]>> = {
  ja: ["ja"],
  ko: ["ko"],
  zh: ["zh-Hans", "zh-Hant"],
  en: ["en"],
};

/** How a normalised query is found in the table: the query's language and the concept. */
let byForm: Map<string, { concept: Concept; lang: ConceptLang }[]> | null = null;

const key = (text: string) => normalizeText(text).replace(/\s+/g, " ").trim();

function table(): Map<string, { concept: Concept; lang: ConceptLang }[]> {
  if (byForm) return byForm;
  const map = new Map<string, { concept: Concept; lang: ConceptLang }[]>();
  for (const concept of CONCEPTS)
    for (const lang of Object.keys(CONCEPT_LANGS) as ConceptLang[])
      for (const form of concept[lang]) {
        const k = key(form);
        const list = map.get(k) ?? [];
        if (!list.some((e) => e.concept === concept && e.lang === lang))
          list.push({ concept, lang });
        map.set(k, list);
      }
  byForm = map;
  return map;
}

/**
 * The same concept in the other languages, when the whole query is one of its forms: per language,
 * its forms and the search languages they stand for. Empty when the query is no concept. A form
 * two languages share (性能 in Japanese and Chinese) counts for both, so neither is "other".
 */
export function otherLanguageForms(
  query: string,
): { lang: ConceptLang; forms: readonly string[]; langs: readonly string[] }[] {
  const found = table().get(key(query));
  if (!found) return [];
  const concept = found[0]!.concept;
  const own = new Set(found.filter((f) => f.concept === concept).map((f) => f.lang));
  return (Object.keys(CONCEPT_LANGS) as ConceptLang[])
    .filter((lang) => !own.has(lang))
    .map((lang) => ({ lang, forms: concept[lang], langs: CONCEPT_LANGS[lang] }));
}
