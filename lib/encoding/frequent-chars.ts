/**
 * The most frequent characters of running text in each language (function words, common verbs):
 * a wrong legacy decoding almost never produces them at a text's rate. The Chinese list is the
 * top of a common simplified-Chinese character frequency ranking; the traditional list is made
 * from it with OpenCC; the Korean list is the head of the syllable model's vocabulary (sorted by
 * frequency). All are built only when a file is not UTF-8.
 */
import * as OpenCC from "opencc-js/cn2t";
import { CLASS_TOKENS } from "./ko-lm";
import { loadKoModel } from "./model";

/** How many of the Korean model's most frequent syllables count as frequent. */
const KO_FREQUENT = 400;

export type Language = "ja" | "zh-Hans" | "zh-Hant" | "ko";

const HANS =
  "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里" +
  "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实" +
  "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政" +
  "美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员" +
  "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件" +
  "计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象" +
  "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改" +
  "收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调" +
  "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企" +
  "八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列";

const JA =
  "日本人大年一中出上下見行生会時分事自者地方前後手物新用合場作入同内定理実現問法的性化数全部目関" +
  "気言思私今何来長発対動業間通使社要作成書明開高";

let sets: Partial<Record<Language, Set<string>>> = {};

/** The frequent-character set of a language (Korean: the model's most frequent syllables). */
export function frequentChars(lang: Language): Set<string> {
  let set = sets[lang];
  if (!set) {
    if (lang === "zh-Hans") set = new Set(HANS);
    else if (lang === "zh-Hant") set = new Set(OpenCC.Converter({ from: "cn", to: "tw" })(HANS));
    else if (lang === "ja") set = new Set(JA);
    else {
      const vocab = loadKoModel().header.vocab;
      set = new Set(vocab.slice(CLASS_TOKENS.length, CLASS_TOKENS.length + KO_FREQUENT));
    }
    sets = { ...sets, [lang]: set };
  }
  return set;
}
