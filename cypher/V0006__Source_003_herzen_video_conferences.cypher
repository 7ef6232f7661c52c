// OncoGraph - facts of source:003 (003_a29ac467c1e2c18a.txt, Rainbow, 31 March 2017):
// the twice-weekly educational oncology video conferences of the P. A. Herzen Moscow Oncology
// Research Institute, joined by the Kaliningrad regional clinical hospital, and the tele-seminar of
// 31 March 2017 at which Andrey Kaprin congratulated Aleksandr Kravchenko on his appointment.
// Data model: see MODEL.md. Every statement is idempotent (MERGE by id, provenance idiom).

// Source node of this document
MERGE (s:Source {id: 'source:003'})
SET s.kind = 'DOCUMENT',
    s.title = 'В Калининграде специалисты областной клинической больницы участвуют в обучающих семинарах онкологов России в режиме видеоконференций',
    s.titleIsDescriptive = true,
    s.titleEn = 'In Kaliningrad, specialists of the regional clinical hospital take part in training seminars of Russian oncologists by video conference',
    s.publisher = 'Rainbow',
    s.publishedOn = date('2017-03-31'),
    s.language = 'ru',
    s.file = '003_a29ac467c1e2c18a.txt';

// People
UNWIND [
  {id: 'person:kaprin-andrey', name: 'Андрей Каприн', nameEn: 'Andrey Kaprin', aliases: [], aliasesEn: [],
   titles: ['доктор медицинских наук', 'академик РАН', 'заслуженный врач РФ'],
   titlesEn: ['Doctor of Medical Sciences', 'Academician of the Russian Academy of Sciences', 'Honoured Doctor of the Russian Federation'],
   evidence: 'под руководством директора учреждения – доктора медицинских наук, академика РАН, заслуженного врача РФ Андрея Каприна'},
  {id: 'person:kravchenko-aleksandr', name: 'Александр Кравченко', nameEn: 'Aleksandr Kravchenko', aliases: [],
   aliasesEn: [], titles: [], titlesEn: [],
   evidence: 'временно исполняющий обязанности министра здравоохранения региона Александр Кравченко'}
] AS row
MERGE (n:Entity:Person {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.titles = row.titles,
    n.titlesEn = row.titlesEn
WITH n, row
MATCH (s:Source {id: 'source:003'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Institutions
UNWIND [
  {id: 'institution:herzen-moscow-oncology-research-institute',
   name: 'Московский научно-исследовательский онкологический институт имени П. А. Герцена',
   nameEn: 'P. A. Herzen Moscow Oncology Research Institute', aliases: [],
   aliasesEn: ['P. A. Hertsen Moscow Oncology Research Institute'], kind: 'RESEARCH_INSTITUTE',
   evidence: 'специалисты Московского научно-исследовательского онкологического института имени П. А. Герцена'},
  {id: 'institution:kaliningrad-regional-clinical-hospital', name: 'Клиническая больница Калининградской области',
   nameEn: 'Kaliningrad Regional Clinical Hospital',
   aliases: ['областная клиническая больница', 'областная больница'], aliasesEn: [], kind: 'HOSPITAL',
   evidence: 'Месяц назад к ним присоединились специалисты клинической больницы Калининградской области'},
  {id: 'institution:kaliningrad-region-ministry-of-health',
   name: 'Министерство здравоохранения Калининградской области',
   nameEn: 'Ministry of Health of the Kaliningrad Region', aliases: ['Минздрав Калининградской области'],
   aliasesEn: [], kind: 'MINISTRY', region: 'Калининградская область',
   evidence: 'с его назначением руководителем Минздрава Калининградской области'},
  {id: 'institution:kaliningrad-region-government', name: 'Правительство Калининградской области',
   nameEn: 'Government of the Kaliningrad Region', aliases: [], aliasesEn: [], kind: 'GOVERNMENT_BODY',
   region: 'Калининградская область', evidence: 'в пресс-службе правительства Калининградской области'},
  {id: 'institution:kaliningrad-region-government-press-service',
   name: 'Пресс-служба правительства Калининградской области',
   nameEn: 'Press Service of the Government of the Kaliningrad Region', aliases: [], aliasesEn: [],
   kind: 'DEPARTMENT', region: 'Калининградская область',
   evidence: 'в пресс-службе правительства Калининградской области'},
  {id: 'institution:kaliningrad-region-oncology-service', name: 'Онкологическая служба Калининградской области',
   nameEn: 'Oncology Service of the Kaliningrad Region', aliases: [], aliasesEn: [], kind: 'OTHER',
   region: 'Калининградская область',
   evidence: 'онкологическая служба Калининградской области складывалась очень непросто'},
  {id: 'institution:rainbow-news-agency', name: 'Информационное агентство Rainbow', nameEn: 'Rainbow News Agency',
   aliases: ['Rainbow'], aliasesEn: ['Rainbow'], kind: 'NEWS_AGENCY',
   evidence: 'информационному агентству Rainbow'}
] AS row
MERGE (n:Entity:Institution {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind,
    n.region = row.region
WITH n, row
MATCH (s:Source {id: 'source:003'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Institutions (may be shared with other sources: ON CREATE SET, the first script that creates a node defines it)
UNWIND [
  {id: 'institution:russian-academy-of-sciences', name: 'Российская академия наук',
   nameEn: 'Russian Academy of Sciences', aliases: ['РАН'], aliasesEn: ['RAS'], kind: 'ACADEMY',
   evidence: 'академика РАН'}
] AS row
MERGE (n:Entity:Institution {id: row.id})
ON CREATE SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind,
    n.region = row.region
WITH n, row
MATCH (s:Source {id: 'source:003'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Programs
UNWIND [
  {id: 'program:herzen-oncology-video-conferences',
   name: 'Образовательные видеоконференции, посвященные актуальным вопросам онкологии',
   nameEn: 'Educational video conferences on current issues of oncology',
   aliases: ['обучающие семинары онкологов России в режиме видеоконференций'],
   aliasesEn: ['Training seminars of Russian oncologists by video conference'], kind: 'EDUCATION_SERIES',
   status: 'ACTIVE', frequency: 'дважды в неделю',
   description: 'Онлайн-встречи длительностью 20-30 минут (лекция и разбор конкретных случаев), которые специалисты Московского научно-исследовательского онкологического института имени П. А. Герцена под руководством директора Андрея Каприна проводят для коллег из российских регионов. Кроме Москвы в них участвуют онкологи, маммологи и хирурги ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России, с февраля 2017 года - специалисты клинической больницы Калининградской области.',
   descriptionEn: '20-30 minute online sessions (a lecture and the review of specific clinical cases) held by specialists of the P. A. Herzen Moscow Oncology Research Institute, led by its director Andrey Kaprin, for colleagues from the Russian regions. Besides Moscow, oncologists, mammologists and surgeons of leading regional clinics of Tula, Samara, Khabarovsk, Grozny, Lipetsk, Voronezh, Belgorod, Sevastopol, Kaluga, Obninsk and other Russian cities take part, since February 2017 also specialists of the Kaliningrad Regional Clinical Hospital.',
   evidence: 'Образовательные видеоконференции, посвященные актуальным вопросам онкологии, дважды в неделю для коллег из российских регионов проводят'}
] AS row
MERGE (n:Entity:Program {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind,
    n.status = row.status,
    n.frequency = row.frequency,
    n.description = row.description,
    n.descriptionEn = row.descriptionEn
WITH n, row
MATCH (s:Source {id: 'source:003'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Topics (may be shared with other sources: ON CREATE SET, the first script that creates a node defines it)
UNWIND [
  {id: 'topic:oncology', name: 'онкология', nameEn: 'Oncology', aliases: [], aliasesEn: [],
   evidence: 'посвященные актуальным вопросам онкологии'},
  {id: 'topic:mammology', name: 'маммология', nameEn: 'Mammology', aliases: [], aliasesEn: [],
   evidence: 'принимают участие онкологи, маммологи, хирурги'},
  {id: 'topic:surgery', name: 'хирургия', nameEn: 'Surgery', aliases: [], aliasesEn: [],
   evidence: 'принимают участие онкологи, маммологи, хирурги'},
  {id: 'topic:medical-education', name: 'обучение врачей', nameEn: 'Medical training', aliases: [], aliasesEn: [],
   evidence: 'Образовательные видеоконференции'}
] AS row
MERGE (n:Entity:Topic {id: row.id})
ON CREATE SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn
WITH n, row
MATCH (s:Source {id: 'source:003'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Events
UNWIND [
  {id: 'event:2017-herzen-tele-seminar-march-31', name: 'Образовательный телесеминар 31 марта 2017 года',
   nameEn: 'Educational tele-seminar of 31 March 2017', aliases: ['образовательный телесеминар'], aliasesEn: [],
   kind: 'VIDEO_CONFERENCE', status: 'HELD', date: date('2017-03-31'), datePrecision: 'DAY',
   outcome: 'Андрей Каприн поздравил Александра Кравченко с назначением руководителем Минздрава Калининградской области и заверил, что институт как головное учреждение онкологического профиля всегда поможет онкологической службе региона.',
   outcomeEn: 'Andrey Kaprin congratulated Aleksandr Kravchenko on his appointment as head of the Ministry of Health of the Kaliningrad Region and assured that the institute, as the lead oncology institution, will always help the oncology service of the region.',
   evidence: 'образовательного телесеминара, состоявшегося сегодня, 31 марта 2017 года'},
  {id: 'event:2017-kaliningrad-hospital-joins-video-conferences',
   name: 'Присоединение клинической больницы Калининградской области к образовательным видеоконференциям',
   nameEn: 'Kaliningrad Regional Clinical Hospital joins the educational video conferences', aliases: [],
   aliasesEn: [], kind: 'OTHER', status: 'HELD', date: date('2017-02-01'), datePrecision: 'MONTH',
   dateRelative: true, dateText: 'Месяц назад',
   outcome: 'Специалисты клинической больницы Калининградской области стали участниками образовательных видеоконференций.',
   outcomeEn: 'Specialists of the Kaliningrad Regional Clinical Hospital became participants of the educational video conferences.',
   evidence: 'Месяц назад к ним присоединились специалисты клинической больницы Калининградской области'}
] AS row
MERGE (n:Entity:Event {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind,
    n.status = row.status,
    n.date = row.date,
    n.datePrecision = row.datePrecision,
    n.dateRelative = row.dateRelative,
    n.dateText = row.dateText,
    n.count = row.count,
    n.outcome = row.outcome,
    n.outcomeEn = row.outcomeEn
WITH n, row
MATCH (s:Source {id: 'source:003'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Cities and countries (reference data, V0002): only this document's MENTIONS
UNWIND [
  {id: 'city:moscow', evidence: 'кроме Москвы принимают участие онкологи, маммологи, хирурги'},
  {id: 'city:kaliningrad', evidence: 'В Калининграде специалисты областной клинической больницы участвуют'},
  {id: 'city:tula',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'city:samara',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'city:khabarovsk',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'city:grozny',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'city:lipetsk',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'city:voronezh',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'city:belgorod',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'city:sevastopol',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'city:kaluga',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'city:obninsk',
   evidence: 'из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска и других городов России'},
  {id: 'country:russia', evidence: 'и других городов России'}
] AS row
MATCH (n:Entity {id: row.id}), (s:Source {id: 'source:003'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// AFFILIATED_WITH
UNWIND [
  {from: 'person:kaprin-andrey', to: 'institution:herzen-moscow-oncology-research-institute', role: 'директор',
   roleEn: 'director',
   evidence: 'специалисты Московского научно-исследовательского онкологического института имени П. А. Герцена под руководством директора учреждения'},
  {from: 'person:kravchenko-aleksandr', to: 'institution:kaliningrad-region-ministry-of-health',
   role: 'временно исполняющий обязанности министра здравоохранения', roleEn: 'acting Minister of Health',
   evidence: 'временно исполняющий обязанности министра здравоохранения региона Александр Кравченко'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
WITH r, row, 'source:003' IN coalesce(r.sources, []) AS seen
SET r.role = row.role,
    r.roleEn = row.roleEn,
    r.past = row.past,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:003' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// MEMBER_OF
UNWIND [
  {from: 'person:kaprin-andrey', to: 'institution:russian-academy-of-sciences', role: 'академик',
   roleEn: 'academician', evidence: 'академика РАН'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
WITH r, row, 'source:003' IN coalesce(r.sources, []) AS seen
SET r.role = row.role,
    r.roleEn = row.roleEn,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:003' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PART_OF
UNWIND [
  {from: 'institution:kaliningrad-region-government-press-service',
   to: 'institution:kaliningrad-region-government',
   evidence: 'в пресс-службе правительства Калининградской области'},
  {from: 'event:2017-herzen-tele-seminar-march-31', to: 'program:herzen-oncology-video-conferences',
   evidence: 'В завершение образовательного телесеминара'},
  {from: 'event:2017-kaliningrad-hospital-joins-video-conferences',
   to: 'program:herzen-oncology-video-conferences',
   evidence: 'Месяц назад к ним присоединились специалисты клинической больницы Калининградской области'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
WITH r, row, 'source:003' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:003' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// LOCATED_IN
UNWIND [
  {from: 'institution:herzen-moscow-oncology-research-institute', to: 'city:moscow',
   evidence: 'Московского научно-исследовательского онкологического института имени П. А. Герцена'},
  {from: 'institution:kaliningrad-regional-clinical-hospital', to: 'city:kaliningrad',
   evidence: 'В Калининграде специалисты областной клинической больницы участвуют'},
  {from: 'program:herzen-oncology-video-conferences', to: 'country:russia',
   evidence: 'участвуют в обучающих семинарах онкологов России'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, row, 'source:003' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:003' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATES_IN
UNWIND [
  {from: 'institution:herzen-moscow-oncology-research-institute', to: 'program:herzen-oncology-video-conferences',
   role: 'организатор', roleEn: 'organiser', status: 'ACTIVE',
   evidence: 'дважды в неделю для коллег из российских регионов проводят специалисты Московского научно-исследовательского онкологического института имени П. А. Герцена'},
  {from: 'person:kaprin-andrey', to: 'program:herzen-oncology-video-conferences', role: 'руководитель',
   roleEn: 'head', status: 'ACTIVE',
   evidence: 'под руководством директора учреждения – доктора медицинских наук, академика РАН, заслуженного врача РФ Андрея Каприна'},
  {from: 'institution:kaliningrad-regional-clinical-hospital', to: 'program:herzen-oncology-video-conferences',
   role: 'участник', roleEn: 'participant', status: 'ACTIVE',
   evidence: 'Месяц назад к ним присоединились специалисты клинической больницы Калининградской области'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
WITH r, row, 'source:003' IN coalesce(r.sources, []) AS seen
SET r.role = row.role,
    r.roleEn = row.roleEn,
    r.status = row.status,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:003' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// HOSTED_BY
UNWIND [
  {from: 'event:2017-herzen-tele-seminar-march-31', to: 'institution:herzen-moscow-oncology-research-institute',
   role: 'проводит', roleEn: 'host',
   evidence: 'дважды в неделю для коллег из российских регионов проводят специалисты Московского научно-исследовательского онкологического института имени П. А. Герцена'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:HOSTED_BY]->(b)
WITH r, row, 'source:003' IN coalesce(r.sources, []) AS seen
SET r.role = row.role,
    r.roleEn = row.roleEn,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:003' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATED_IN
UNWIND [
  {from: 'person:kaprin-andrey', to: 'event:2017-herzen-tele-seminar-march-31', role: 'выступающий',
   roleEn: 'speaker',
   evidence: 'В завершение образовательного телесеминара, состоявшегося сегодня, 31 марта 2017 года, Андрей Каприн поздравил Александра Кравченко'},
  {from: 'person:kravchenko-aleksandr', to: 'event:2017-herzen-tele-seminar-march-31',
   role: 'адресат поздравления', roleEn: 'recipient of congratulations',
   evidence: 'В завершение образовательного телесеминара, состоявшегося сегодня, 31 марта 2017 года, Андрей Каприн поздравил Александра Кравченко'},
  {from: 'institution:kaliningrad-regional-clinical-hospital',
   to: 'event:2017-kaliningrad-hospital-joins-video-conferences', role: 'присоединившийся участник',
   roleEn: 'joining participant',
   evidence: 'Месяц назад к ним присоединились специалисты клинической больницы Калининградской области'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
WITH r, row, 'source:003' IN coalesce(r.sources, []) AS seen
SET r.role = row.role,
    r.roleEn = row.roleEn,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:003' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// ABOUT
UNWIND [
  {from: 'program:herzen-oncology-video-conferences', to: 'topic:oncology',
   evidence: 'посвященные актуальным вопросам онкологии'},
  {from: 'program:herzen-oncology-video-conferences', to: 'topic:medical-education',
   evidence: 'участвуют в обучающих семинарах онкологов России в режиме видеоконференций'},
  {from: 'program:herzen-oncology-video-conferences', to: 'topic:mammology',
   evidence: 'принимают участие онкологи, маммологи, хирурги'},
  {from: 'program:herzen-oncology-video-conferences', to: 'topic:surgery',
   evidence: 'принимают участие онкологи, маммологи, хирурги'},
  {from: 'event:2017-herzen-tele-seminar-march-31', to: 'topic:oncology',
   evidence: 'за 20-30 минут лекции онколог может услышать основную информацию из современной научной и практической онкологии'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
WITH r, row, 'source:003' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:003' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// COOPERATES_WITH -- Kaprin: the institute as lead oncology institution will always help (an offer)
UNWIND [
  {from: 'institution:herzen-moscow-oncology-research-institute',
   to: 'institution:kaliningrad-region-oncology-service', status: 'PROPOSED',
   subject: 'поддержка развития онкологической службы Калининградской области со стороны головного учреждения онкологического профиля',
   subjectEn: 'support for the development of the oncology service of the Kaliningrad Region by the lead oncology institution',
   evidence: 'мы как головное учреждение онкологического профиля – всегда рядом, всегда поможем'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH]->(b)
WITH r, row, 'source:003' IN coalesce(r.sources, []) AS seen
SET r.status = row.status,
    r.subject = row.subject,
    r.subjectEn = row.subjectEn,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:003' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;
