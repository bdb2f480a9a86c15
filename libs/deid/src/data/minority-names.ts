// Ethnic-minority personal-name syllables, by people, for the sequence labeller's lexicon
// features and the training generator (train/synth.ts). Written from general knowledge of
// naming customs (family names, gender prefixes, common given syllables); not from any
// held-out set. Lower case, with diacritics.
//
// Ê Đê / Jrai: a gender prefix (Y men, H / H' women) + given syllable(s) + family name
// (Niê, Êban, Mlô, Byă, Ksor, Rơ Mah, Siu, Rơ Chăm, Nay, Kpă, Rcom …).
// Bahnar / Xơ Đăng / Giẻ Triêng: A (men) / Y (women) + given syllable, often no family name.
// Cơ Tu / Tà Ôi / Pa Cô: family names Bh'riu, Alăng, Zơrâm, Pơloong, Ating, Hồ, Coor; men A-.
// Mường: Bùi, Đinh, Quách, Hà, Xa + Văn/Thị + Kinh-like given name.
// Tày / Nùng / Thái: Nông, Bế, Hoàng, Ma, Lục, Lương, Lò, Cầm, Quàng, Vi, Lường + Văn/Thị.
// H'Mông: Giàng, Sùng, Vàng, Thào, Lầu, Mùa, Hạng, Vừ, Lý, Chảo + A (men) / Thị or Mí (women)
// / Seo / Chứ + a one-syllable given name.
// Khmer: Thạch, Sơn, Kim, Danh, Lâm, Chau, Néang, Lý + two or three Khmer syllables.

/** H'Mông and Dao family names (the H'Mông line below). */
export const HMONG_DAO_FAMILY: readonly string[] = 'giàng sùng vàng thào lầu mùa hạng vừ chảo tẩn phàn sình lù cứ hờ xồng chẻo'.split(' ');

export const MINORITY_FAMILY: readonly string[] = `
niê êban mlô byă ksor ksơr siu nay kpă rcom rơ mah rơ chăm rơ lan hđơk adrơng ayun bkrông knul hmok mdrang
kbuôr ktla ênuôl buôn ya kdoh mjâu arul hwing kpơr kpuih puih rmah đinh
bh'riu bhriu alăng zơrâm pơloong ating coor clâu briu hiêng bling arất riah
thạch danh chau néang kiên
bùi quách xa nông bế ma lục lương lò cầm quàng vi lường hoàng triệu sầm
điểu k'brel k'sor ka
`
  .split(/\s+/)
  .filter(Boolean)
  .concat(HMONG_DAO_FAMILY);

/** Gender and generation prefixes that open a minority given name. */
export const MINORITY_PREFIXES: readonly string[] = ['y', 'h', "h'", 'a', 'k', "k'", 'ama', 'amí', 'ami', 'ya', 'ra', 'bh', 'mí', 'seo', 'chứ'];

export const MINORITY_GIVEN: readonly string[] = `
thuel đạt sút nuôl wiêng hlơ juin blim rin jơk krông mlang hyơn ngơm dơk bhiăt kđăm yơn hling blúi drung
phiang hrin hmơ đăm blông kuê ju nga ruê phơi kdri siêng muin ler thơ krah drơng hwơi byơ jen blin hmil
hyưn đuk lợt blưu pơr yim byưh hmăng thiêng yưh đêl gơh klơ blăk hnư plơ hnhar rưm xuân brơu luân
zơ rung arưm đinh hiên bríu glao bhnướch clơơng trơi pếp bhơ bhling
chứ sử dế chớ páo tủa súa vư chư mua sềnh lồng dờ sáy chía cở nụ xá chông tông mỷ dúa xua lìa pó cháng
sóc phol ry thươl sô phêl rươne mây sươl chanh đa nal sa ka rết sây phươl chi thol sóc khanh sịnh mol nhân
pênh sơ rinh pho kol som nang ny ta dên
slao tính sỉ lả nhình pác cáy lự dủng phịn nhẳng khiêm hảo síu
`.split(/\s+/).filter(Boolean);
