import { normalizeText } from "./normalize";

/**
 * English words that notes in Japanese, Korean and Chinese write in place of a native term: a
 * Korean note says 「state가 업데이트」 or 「`Event` 핸들러」 where a reader types 상태업데이트 or
 * 이벤트핸들러. A part of a compound typed without spaces also matches its English word standing
 * next to the other parts (see `compoundMatches` in engine.ts); a whole query is never widened this
 * way, so a search for 상태 alone does not list every section that says "state".
 *
 * The terms are the everyday vocabulary of the notes' subject (running Kubernetes and writing the
 * software on it) as the three languages write it: loanwords (이벤트, イベント) and native words
 * (상태, 状態, 状态). Each English entry is the word's stem form; it matches as a prefix, as query
 * words do (update → updated, updates).
 */
const TERMS: readonly (readonly [english: string, forms: readonly string[]])[] = [
  ["event", ["이벤트", "イベント", "事件"]],
  ["handler", ["핸들러", "ハンドラ", "ハンドラー", "处理程序", "處理程序", "处理器", "處理器"]],
  ["state", ["상태", "状態", "状态", "狀態"]],
  ["update", ["업데이트", "갱신", "更新", "アップデート"]],
  ["component", ["컴포넌트", "コンポーネント", "组件", "組件", "元件"]],
  ["render", ["렌더링", "렌더", "レンダリング", "レンダー", "渲染"]],
  ["cluster", ["클러스터", "クラスタ", "クラスター", "集群", "叢集"]],
  ["node", ["노드", "ノード", "节点", "節點"]],
  ["pod", ["파드", "포드", "ポッド"]],
  ["container", ["컨테이너", "コンテナ", "コンテナー", "容器"]],
  ["image", ["이미지", "イメージ", "镜像", "鏡像"]],
  ["service", ["서비스", "サービス", "服务", "服務"]],
  ["deploy", ["배포", "デプロイ", "部署"]],
  ["rollout", ["롤아웃", "ロールアウト"]],
  ["rollback", ["롤백", "ロールバック", "回滚", "回滾"]],
  ["upgrade", ["업그레이드", "アップグレード", "升级", "升級"]],
  ["backup", ["백업", "バックアップ", "备份", "備份"]],
  ["restore", ["복원", "リストア", "恢复", "還原"]],
  ["snapshot", ["스냅샷", "スナップショット", "快照"]],
  ["volume", ["볼륨", "ボリューム", "卷"]],
  ["storage", ["스토리지", "ストレージ", "存储", "存儲"]],
  ["network", ["네트워크", "ネットワーク", "网络", "網路"]],
  ["scheduler", ["스케줄러", "スケジューラ", "スケジューラー", "调度器", "調度器"]],
  ["controller", ["컨트롤러", "コントローラ", "コントローラー", "控制器"]],
  ["resource", ["리소스", "リソース", "资源", "資源"]],
  ["request", ["요청", "リクエスト", "请求", "請求"]],
  ["limit", ["제한", "リミット", "限制"]],
  ["memory", ["메모리", "メモリ", "メモリー", "内存", "記憶體"]],
  ["probe", ["프로브", "プローブ", "探针", "探針"]],
  ["metric", ["메트릭", "メトリクス", "メトリック", "指标", "指標"]],
  ["log", ["로그", "ログ", "日志", "日誌"]],
  ["alert", ["알림", "アラート", "告警"]],
  ["monitor", ["모니터링", "モニタリング", "监控", "監控"]],
  ["config", ["설정", "구성", "設定", "配置"]],
  ["secret", ["시크릿", "シークレット"]],
  ["namespace", ["네임스페이스", "ネームスペース", "名前空間", "命名空间", "命名空間"]],
  ["label", ["레이블", "라벨", "ラベル", "标签", "標籤"]],
  ["hook", ["훅", "フック", "钩子", "鉤子"]],
  ["effect", ["이펙트", "エフェクト", "副作用"]],
  ["prop", ["프로퍼티", "プロパティ", "属性", "屬性"]],
  ["input", ["입력", "インプット", "入力", "输入", "輸入"]],
  ["server", ["서버", "サーバ", "サーバー", "服务器", "伺服器"]],
  ["client", ["클라이언트", "クライアント", "客户端", "客戶端"]],
  ["browser", ["브라우저", "ブラウザ", "浏览器", "瀏覽器"]],
  ["function", ["함수", "関数", "函数", "函式"]],
  ["version", ["버전", "バージョン", "版本"]],
  ["test", ["테스트", "テスト", "测试", "測試"]],
  ["error", ["에러", "오류", "エラー", "错误", "錯誤"]],
  ["cache", ["캐시", "キャッシュ", "缓存", "快取"]],
  ["queue", ["큐", "キュー", "队列", "佇列"]],
  ["proxy", ["프록시", "プロキシ", "代理"]],
  ["ingress", ["인그레스", "イングレス"]],
  ["operator", ["오퍼레이터", "オペレーター", "オペレータ"]],
  ["policy", ["정책", "ポリシー", "ポリシ", "策略"]],
  ["traffic", ["트래픽", "トラフィック", "流量"]],
  ["scaling", ["스케일링", "スケーリング", "伸缩", "伸縮"]],
  ["replica", ["레플리카", "レプリカ", "副本"]],
];

/** Normalised native form → English stems. */
const BY_FORM: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [english, forms] of TERMS)
    for (const form of forms) {
      const key = normalizeText(form);
      const list = out.get(key) ?? [];
      if (!list.includes(english)) list.push(english);
      out.set(key, list);
    }
  return out;
})();

/** The English words a normalised CJK term is written as in the notes; [] when none is known. */
export function englishForms(term: string): readonly string[] {
  return BY_FORM.get(term) ?? [];
}
