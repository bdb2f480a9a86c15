// Foreign personal names met in Vietnamese hospitals (expats, tourists, workers): common
// given names and family names, English/European, Korean, Japanese, Chinese (pinyin),
// and Cơ Tu / Bahnar / Jrai family names not in names.ts. Lower case, unaccented.
export const FOREIGN_GIVEN = `
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick
jack dennis jerry tyler aaron peter henry adam nathan zachary kyle noah ethan jeremy christian sean lucas liam
oliver harry oscar leo max felix lukas jonas luca marco matteo pierre louis hugo jean antoine nicolas thomas
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy
shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria teresa kathryn sara janice jean alice madison
doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
isabella charlotte rose kayla alexis lily jenny sophie chloe mia ava ella zoe lucy anne claire julia
hoon hyun soo jae sung eun hye kyung yeon jae
hiroshi takashi kenji koji yuki yuko akiko haruto sakura kenta daisuke naoko yumi taro hanako keiko shota
wei fang lijuan xiaoming jing lei hui ling qiang
ian neil colin craig stuart gavin alistair callum fraser hamish declan niamh siobhan aoife ciara saoirse
lachlan mitchell bradley shane wayne dylan jake luke cameron connor mason logan blake
isla freya evie poppy amelia harper avery ella ruby matilda mackenzie brooke jade tegan hayley
hans klaus jurgen stefan tobias florian sebastien mathieu julien camille manon elodie ines ana pablo diego
carlos javier miguel sofia lucia giulia chiara francesco giovanni alessandro ivan dmitri sergei olga natasha
ji-ho min-jun seo-yeon ji-woo ha-eun do-yun soo-min ye-jin hye-jin jun-ho sang-woo young-ho
haruka yui aoi ren sota yuto hina riko mei takeshi masato ryo emi kaori megumi tomoko satoshi
xiaoli xiuying
rebecca bethany caitlin georgia holly jasmine jessica kirsty lauren leah molly naomi phoebe rosie scarlett tilly
alfie archie arthur charlie edward finley freddie harrison hugo isaac jamie joel jude lewis louie reuben rory
toby tommy zach nick josh matt chris mike steve rob andy pete phil greg doug
clara eva greta hanna ingrid johanna katrin lena lotte marta nina petra sabine silke ursula birgit
anders erik henrik lars magnus nils olaf sven bjorn astrid freja ida karin linnea maja sigrid
mohammed ahmed ali omar hassan fatima aisha priya rahul arjun ananya sanjay deepak
albert alan alfred andre barry bruce calvin carl clifford curtis darren derek dominic douglas elliot ernest
eugene fergus gerald gilbert harold jeffery jerome jesse keith lance leonard lionel malcolm marcus marvin
maurice melvin milton nigel norman oswald percy ralph randall reginald roger roland rupert seth simon terrence
travis trevor victor vincent walter wesley wilbur winston abby alison audrey beatrice bridget caroline
cassandra cecilia charlene colleen constance daisy dorothy edith eileen eleanor elaine eliza esther fiona
florence gemma georgina gillian gwen harriet imogen irene isabel janine jocelyn josephine kate kathy
`.split(/\s+/).filter(Boolean);

export const FOREIGN_FAMILY = `
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez wilson anderson taylor
thomas moore jackson martin lee thompson white harris clark lewis robinson walker young allen king wright scott
hill green adams baker nelson carter mitchell roberts turner phillips campbell parker evans edwards collins
stewart morris murphy cook rogers morgan cooper peterson reed bailey bell kelly howard ward cox richardson wood
watson brooks bennett gray james hughes price sanders myers long ross foster meyer muller schmidt schneider
fischer weber wagner becker schulz hoffmann dubois durand bernard moreau laurent rossi russo ferrari
park choi jung kang yoon jang shin kwon hwang ahn jeon
tanaka suzuki takahashi watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto
wang zhang liu chen zhao huang zhou guo zheng
mcdonald macdonald mackenzie o'brien o'neill o'sullivan fitzgerald kennedy murray gallagher doyle byrne walsh
ryan lynch quinn mccarthy fraser campbell stewart robertson thomson anderson macleod reid ross paterson
jenkins hughes davies price lloyd powell morgan owens griffiths jenkins rees
goh teo chua koh wong cheung leung yeung
sato saito kimura hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa okada goto hasegawa
kwak
schmidt keller schwarz zimmermann braun kruger hartmann lange werner fontaine lefebvre girard rousseau
petrov ivanov smirnov kuznetsov popov sokolov novak kowalski nowak wisniewski jansen
sullivan russell perry butler barnes fisher simmons patterson jordan reynolds hamilton wallace gibson ellis
stevenson tucker porter hicks crawford boyd mason warren dixon burns gordon shaw holmes
daniels palmer nichols ferguson hawkins dunn perkins hudson spencer gardner stephens
payne pierce matthews arnold wagner willis watkins olson carroll duncan snyder cunningham bradley
andrews ruiz harper riley armstrong carpenter weaver greene lawrence elliott chavez austin
peters kelley franklin lawson schmidt carr vasquez castillo wheeler chapman oliver montgomery
richards williamson johnston meyer mccoy howell morrison hansen fernandez harvey burton
stanley weiss fowler bates atkinson fleming barker chambers thornton blackwood ashford pemberton
hargreaves kingsley whitaker fairbanks sutherland lockwood harrington radcliffe beckett
`.split(/\s+/).filter(Boolean);

/** Cơ Tu, Bahnar, Jrai, Ê Đê, Tà Ôi family names and prefixes that are never ordinary words. */
export const HIGHLAND_FAMILY = `
alăng bhling bh'riu bhriu zơ clâu pơloong ating arất hốih briu bling riah ngôl
kpă rcom rơ ksor siu rmah puih kpuih êban niê adrơng mlô byă hđơk
`.split(/\s+/).filter(Boolean);
