/// The rules of the `hindi` romanization scheme, in ICU transform syntax.
///
/// Phases (separated by `::Null;`):
/// 0. NFC, joiners removed, each nukta consonant made one code point (U+0958–U+095F).
/// A. Inherent vowels that Hindi does not pronounce get an explicit virama:
///    - word-final, except in one-consonant words (न → na) and after a conjunct ending in
///      य र व न ण म (मित्र → mitra, धर्म → dharma); after other conjuncts it goes (शब्द → shabd);
///    - medial, Ohala's rule a → ∅ / VC_CV applied right to left. Rules run left to right,
///      so the right-to-left result is read from the run of bare consonants that follows:
///      an odd run before a vowel-bearing consonant, an even run before a conjunct or the
///      end of the word, deletes (समझना → samajhna, कमला → kamla, मतलब → matlab).
/// B. The remaining inherent vowels are made explicit (U+E000).
/// C. Letters to Latin, readable: long and short vowels alike, anusvara m before labials
///    and n elsewhere, ज्ञ gy, nukta letters by their sound (ज़ z, फ़ f, क़ q).
let hindiSchemeRules = #"""
  # Phase 0: one code point per consonant; drop joiners.
  ::NFC;
  [\u200C\u200D] > ;
  क\u093C > \u0958; ख\u093C > \u0959; ग\u093C > \u095A; ज\u093C > \u095B;
  ड\u093C > \u095C; ढ\u093C > \u095D; फ\u093C > \u095E; य\u093C > \u095F;
  ::Null;
  $C = [\u0915-\u0939\u0958-\u095F];
  $M = [\u093E-\u094C\u0955-\u0957\u0962\u0963];
  $H = \u094D;
  $N = [\u0901\u0902\u0903];
  $V = [\u0904-\u0914\u0960\u0961\u0972-\u0977];
  $L = [$C $M $H $N $V \u093C];
  $T = [$M $N $V];
  $keep = [य र व न ण म];
  # Phase A: mark deleted inherent vowels with a virama.
  # word-final
  $H { ($keep) } [^$L] > $1;
  $H { ($keep) } $ > $1;
  $H { ($C) } [^$L] > $1 $H;
  $H { ($C) } $ > $1 $H;
  [$C $M $V $N] { ($C) } [^$L] > $1 $H;
  [$C $M $V $N] { ($C) } $ > $1 $H;
  # medial: odd run before a vowel-bearing consonant, even run before a cluster or the end
  [$C $M $V $N] { ($C) } $C $T > $1 $H;
  [$C $M $V $N] { ($C) } $C $C $C $T > $1 $H;
  [$C $M $V $N] { ($C) } $C $C $C $C $C $T > $1 $H;
  [$C $M $V $N] { ($C) } $C $C $C $C $C $C $C $T > $1 $H;
  [$C $M $V $N] { ($C) } $C $C [$H [^$L]] > $1 $H;
  [$C $M $V $N] { ($C) } $C $C $ > $1 $H;
  [$C $M $V $N] { ($C) } $C $C $C $C [$H [^$L]] > $1 $H;
  [$C $M $V $N] { ($C) } $C $C $C $C $ > $1 $H;
  [$C $M $V $N] { ($C) } $C $C $C $C $C $C [$H [^$L]] > $1 $H;
  [$C $M $V $N] { ($C) } $C $C $C $C $C $C $ > $1 $H;
  ::Null;
  # Phase B: make the inherent vowel explicit.
  $C2 = [\u0915-\u0939\u0958-\u095F];
  $M2 = [\u093E-\u094C\u0955-\u0957\u0962\u0963\u094D];
  ($C2) } $M2 > $1;
  ($C2) > $1 \uE000;
  ::Null;
  # Phase C: letters to Latin.
  \uE000 > a;
  \u094D > ;
  ज्ञ > gy;
  ं } [प फ ब भ म] > m;
  ं > n; ँ > n; ः > h;
  अ > a; आ > a; इ > i; ई > i; उ > u; ऊ > u; ऋ > ri; ॠ > ri; ऌ > li; ए > e; ऐ > ai; ओ > o; औ > au; ऑ > o; ऍ > e; ऎ > e; ऒ > o; ॲ > e;
  ा > a; ि > i; ी > i; ु > u; ू > u; ृ > ri; ॄ > ri; ॢ > li; े > e; ै > ai; ो > o; ौ > au; ॉ > o; ॅ > e; ॆ > e; ॊ > o;
  क > k; ख > kh; ग > g; घ > gh; ङ > n;
  च > ch; छ > chh; ज > j; झ > jh; ञ > n;
  ट > t; ठ > th; ड > d; ढ > dh; ण > n;
  त > t; थ > th; द > d; ध > dh; न > n; ऩ > n;
  प > p; फ > ph; ब > b; भ > bh; म > m;
  य > y; र > r; ऱ > r; ल > l; ळ > l; ऴ > l; व > v;
  श > sh; ष > sh; स > s; ह > h;
  \u0958 > q; \u0959 > kh; \u095A > gh; \u095B > z; \u095C > r; \u095D > rh; \u095E > f; \u095F > y;
  ० > 0; १ > 1; २ > 2; ३ > 3; ४ > 4; ५ > 5; ६ > 6; ७ > 7; ८ > 8; ९ > 9;
  । > '.'; ॥ > '.'; ॐ > om; ऽ > ; \u093C > ;
  """#
