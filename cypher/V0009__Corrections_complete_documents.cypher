// Corrections after a sentence-by-sentence review of the five documents (issue 26): the facts they state that
// the graph lacked (cities taking part in events and programs, cities and countries cooperating, the agreement,
// the permission and the appointment the documents speak of), quotes that state their relationship, statuses that
// follow the words, and over-reaching relationships taken out or given to the party the document names.
// Applied scripts are immutable, so every correction is here. What is taken out is recorded as a :Retraction
// node exactly as the curation API's retractFact records it (kind, type, fromId, toId, properties as JSON, reason,
// retractedAt, retractedBy), so retractions(id:) shows what changed and why. Every statement is idempotent.

// 1. Retractions. Each row takes out one statement of a relationship. With `source` set, only that document's
//    provenance is taken out (the relationship stays with the documents that do state it); without, the whole
//    relationship. The record's `properties` are what is taken out, as JSON.
UNWIND [
  {n: '01', type: 'COOPERATES_WITH', from: 'institution:minsk-city-clinical-oncology-center', to: 'institution:napalkov-oncology-center',
   reason: 'Re-attributed: the quote («Это событие стало знаковым этапом в укреплении медицинского партнерства») names neither centre; the document states friendship and cooperation between the cities of Saint Petersburg and Minsk (city:saint-petersburg COOPERATES_WITH city:minsk).'},
  {n: '02', type: 'LOCATED_IN', from: 'institution:russian-academy-of-sciences', to: 'country:russia', source: 'source:000',
   reason: 'source:000 only writes «РАН» next to another title («заслуженным врачом Российской Федерации»); it does not state where the academy is. source:001 («академик Российской академии наук») still does.'},
  {n: '03', type: 'PARTICIPATED_IN', from: 'person:khubulava-gennadiy', to: 'event:2025-council-of-the-republic-meeting',
   reason: 'Over-reach: the document quotes him speaking to journalists («в общении с журналистами рассказал») and visiting the Republican Cardiology Centre the same day; it does not say he took part in the meeting at the Council of the Republic.'},
  {n: '04', type: 'ABOUT', from: 'event:2025-spb-doctors-visit-republican-cardiology-center', to: 'topic:artificial-intelligence',
   reason: 'A general remark («Сегодня существует много различных технологий для обучения в том числе с использованием искусственного интеллекта»), said after «мы об этих вещах говорили», not a subject of the visit.'},
  {n: '05', type: 'ABOUT', from: 'program:cell-technologies-cooperation', to: 'topic:chemotherapy',
   reason: 'Chemotherapy is named as a traditional method the new approach does not exclude («не исключая традиционные методы лечения, такие как химиотерапия»), not as the subject of the cooperation.'},
  {n: '06', type: 'ABOUT', from: 'program:cell-technologies-cooperation', to: 'topic:radiology',
   reason: 'Radiology is named as a traditional method the new approach does not exclude («не исключая традиционные методы лечения, такие как химиотерапия, радиология»), not as the subject of the cooperation.'},
  {n: '07', type: 'PARTICIPATES_IN', from: 'person:khubulava-gennadiy', to: 'program:spb-belarus-joint-training-conferences',
   reason: 'Re-attributed: he reports a plan in the passive («По словам главного кардиохирурга Санкт-Петербурга, с белорусскими медиками планируется проведение совместных конференций»); the party is Saint Petersburg\'s doctors (city:saint-petersburg), not him.'},
  {n: '08', type: 'COOPERATES_WITH', from: 'person:khubulava-gennadiy', to: 'country:belarus',
   reason: 'Re-attributed: the planned joint conferences are reported as Saint Petersburg\'s («По словам главного кардиохирурга Санкт-Петербурга… планируется»), so city:saint-petersburg COOPERATES_WITH country:belarus; the country-level cooperation he does state is country:russia COOPERATES_WITH country:belarus.'},
  {n: '09', type: 'COOPERATES_WITH', from: 'institution:alexandrov-national-cancer-center', to: 'country:russia',
   reason: 'Re-attributed: «активно проходит взаимодействие в рамках Союзного государства» is said of Belarusian oncologists and the Union State, not of the Alexandrov centre: country:russia COOPERATES_WITH country:belarus.'},
  {n: '10', type: 'PART_OF', from: 'institution:alexandrov-molecular-genetic-carcinogenesis-lab', to: 'institution:alexandrov-national-cancer-center',
   reason: 'Over-reach: the document names the laboratory as Belarusian («опыт белорусских специалистов и возможности молекулярно-генетической лаборатории канцерогенеза») without saying whose it is; it is now located in Belarus instead.'},
  {n: '11', type: 'ABOUT', from: 'event:2025-head-and-neck-department-visit-china', to: 'topic:head-and-neck-tumors',
   reason: '«опухолей головы и шеи» is the name of the department whose staff travel, not what the visit is said to be about.'},
  {n: '12', type: 'ABOUT', from: 'event:2017-herzen-tele-seminar-march-31', to: 'topic:oncology',
   reason: 'A general remark on such lectures («за 20-30 минут лекции онколог может услышать основную информацию…»), not the stated topic of the seminar of 31 March 2017; the series it belongs to is about oncology.'},
  {n: '13', type: 'ABOUT', from: 'program:herzen-oncology-video-conferences', to: 'topic:mammology',
   reason: '«онкологи, маммологи, хирурги» are the professions of those taking part, not what the video conferences are about («посвященные актуальным вопросам онкологии»).'},
  {n: '14', type: 'ABOUT', from: 'program:herzen-oncology-video-conferences', to: 'topic:surgery',
   reason: '«онкологи, маммологи, хирурги» are the professions of those taking part, not what the video conferences are about («посвященные актуальным вопросам онкологии»).'}
] AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to}) WHERE type(r) = row.type
WITH r, row, properties(r) AS p,
     CASE WHEN row.source IS NULL THEN -1 ELSE coalesce(head([i IN range(0, size(r.sources) - 1) WHERE r.sources[i] = row.source]), -2) END AS at
WHERE at <> -2
WITH r, row, at,
     CASE WHEN at = -1 THEN p ELSE {sources: [p.sources[at]], evidence: [p.evidence[at]]} END AS taken
WITH r, row, at, taken, [k IN keys(taken) | '"' + k + '":' + CASE
       WHEN valueType(taken[k]) STARTS WITH 'LIST' THEN '[' + reduce(s = '', x IN taken[k] | s + CASE WHEN s = '' THEN '' ELSE ',' END + '"' + replace(replace(toString(x), '\\', '\\\\'), '"', '\\"') + '"') + ']'
       WHEN valueType(taken[k]) STARTS WITH 'BOOLEAN' OR valueType(taken[k]) STARTS WITH 'INTEGER' OR valueType(taken[k]) STARTS WITH 'FLOAT' THEN toString(taken[k])
       ELSE '"' + replace(replace(toString(taken[k]), '\\', '\\\\'), '"', '\\"') + '"' END] AS members
MERGE (x:Retraction {id: 'retraction:v0009-' + row.n})
ON CREATE SET x.kind = 'RELATIONSHIP', x.type = row.type, x.fromId = row.from, x.toId = row.to,
    x.properties = '{' + reduce(s = '', m IN members | s + CASE WHEN s = '' THEN '' ELSE ',' END + m) + '}',
    x.reason = row.reason, x.retractedAt = datetime('2026-12-03T16:00:00Z'), x.retractedBy = 'cypher/V0009'
WITH r, at
FOREACH (keep IN CASE WHEN at >= 0 THEN [at] ELSE [] END |
  SET r.sources = [i IN range(0, size(r.sources) - 1) WHERE i <> keep | r.sources[i]],
      r.evidence = [i IN range(0, size(r.evidence) - 1) WHERE i <> keep | r.evidence[i]])
FOREACH (whole IN CASE WHEN at = -1 THEN [r] ELSE [] END | DELETE whole);

// 2. Quotes that state their relationship: one document's evidence replaced by the shortest passage that does.
UNWIND [
  {type: 'PARTICIPATED_IN', from: 'person:kondratovich-viktor', to: 'event:2025-round-table-minsk', source: 'source:000',
   evidence: 'В дискуссии приняли участие: член Постоянной комиссии Совета Республики по образованию, науке, культуре и социальному развитию, главный врач УЗ «Минский городской клинический онкологический центр» Виктор Кондратович'},
  {type: 'PART_OF', from: 'event:2025-round-table-minsk', to: 'event:2025-spb-minsk-friendship-anniversary', source: 'source:000',
   evidence: 'в дни празднования 25-летнего юбилея дружбы и сотрудничества между Санкт-Петербургом и Минском в учреждении здравоохранения «Минский городской клинический онкологический центр» состоялся круглый стол'},
  {type: 'ABOUT', from: 'event:2025-spb-doctors-visit-republican-cardiology-center', to: 'topic:postgraduate-education', source: 'source:001',
   evidence: 'там мы говорили о дальнейшем развитии технологий обучения врачей, постдипломном образовании'},
  {type: 'COOPERATES_WITH', from: 'institution:alexandrov-national-cancer-center', to: 'country:china', source: 'source:002',
   evidence: 'у нас была встреча с китайскими коллегами. Мы уже договорились, что выберем какое-то научное направление и начнем работать'},
  {type: 'COOPERATES_WITH', from: 'institution:almazov-national-medical-research-center', to: 'institution:alexandrov-national-cancer-center', source: 'source:002',
   evidence: 'вчера прошел телемост по запросу Центра Алмазова из Санкт-Петербурга. Они хотят совместно с нами выполнять проект'},
  {type: 'PARTICIPATED_IN', from: 'person:moiseenko-v', to: 'event:2025-round-table-minsk', source: 'source:000',
   evidence: 'во главе с директором — доктором медицинских наук, профессором, заслуженным врачом Российской Федерации, членом-корреспондентом РАН — В.Моисеенко'},
  {type: 'PART_OF', from: 'program:cell-technologies-cooperation', to: 'association:union-state', source: 'source:001',
   evidence: 'этот вопрос в том числе прорабатывается в рамках Союзного государства'},
  {type: 'PARTICIPATES_IN', from: 'country:russia', to: 'program:cell-technologies-cooperation', source: 'source:001',
   evidence: 'сотрудничество с российскими коллегами ведется уже не первый год: «Мы будем работать над новым направлением'},
  {type: 'PARTICIPATED_IN', from: 'institution:alexandrov-national-cancer-center', to: 'event:2025-telebridge-almazov-center', source: 'source:002',
   evidence: 'вчера прошел телемост по запросу Центра Алмазова из Санкт-Петербурга. Они хотят совместно с нами'},
  {type: 'AFFILIATED_WITH', from: 'person:kaprin-andrey', to: 'institution:herzen-moscow-oncology-research-institute', source: 'source:003',
   evidence: 'специалисты Московского научно-исследовательского онкологического института имени П. А. Герцена под руководством директора учреждения – доктора медицинских наук, академика РАН, заслуженного врача РФ Андрея Каприна'},
  {type: 'TOOK_PLACE_AT', from: 'event:onko-week-vko-operations', to: 'institution:east-kazakhstan-oncology-and-surgery-center', source: 'source:004',
   evidence: 'В ВКО Многопрофильном центре онкологии и хирургии подвели итоги научно-практической конференции «ONKO WEEK VKO». В рамках мероприятия специалисты Онкоцентра'}
] AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to}) WHERE type(r) = row.type AND row.source IN r.sources
SET r.evidence = [i IN range(0, size(r.sources) - 1) | CASE WHEN r.sources[i] = row.source THEN row.evidence ELSE r.evidence[i] END];

// 3. Statuses that follow the words: «может стать клинической базой» after a permission is a possibility, not a plan.
MATCH (:Entity {id: 'institution:minsk-city-clinical-oncology-center'})-[r:PARTICIPATES_IN]->(:Entity {id: 'program:cell-technologies-cooperation'})
SET r.status = 'PROPOSED';

// 4. A region the document gives: «клинической больницы Калининградской области».
MATCH (n:Institution {id: 'institution:kaliningrad-regional-clinical-hospital'})
SET n.region = 'Калининградская область';

// 5. New entities: the agreement, the permission and the appointment the documents state (events of those kinds).
UNWIND [
  {id: 'event:union-state-cell-technologies-agreement', source: 'source:001',
   name: 'Соглашение в рамках Союзного государства о клеточных технологиях в лечении онкологических заболеваний',
   nameEn: 'Union State agreement on cell technologies in cancer treatment', kind: 'AGREEMENT', status: 'PLANNED',
   dateText: 'в дальнейшем',
   outcome: 'Вопрос прорабатывается в рамках Союзного государства, чтобы в дальнейшем подписать соответствующее соглашение.',
   outcomeEn: 'The matter is being worked out within the Union State in order to sign a corresponding agreement later.',
   evidence: 'чтобы в дальнейшем подписать соответствующее соглашение'},
  {id: 'event:ministry-of-health-permission-minsk-clinical-base', source: 'source:001',
   name: 'Разрешение Министерства здравоохранения Минскому городскому клиническому онкологическому центру стать клинической базой для развития клеточных технологий',
   nameEn: 'Permission of the Ministry of Health for the Minsk City Clinical Oncology Centre to become the clinical base for cell technologies',
   kind: 'PERMISSION', status: 'PROPOSED',
   outcome: 'Условие: после разрешения Министерства здравоохранения центр может стать клинической базой для развития клеточных технологий.',
   outcomeEn: 'A condition: once the Ministry of Health permits it, the centre may become the clinical base for developing cell technologies.',
   evidence: 'после разрешения Министерства здравоохранения'},
  {id: 'event:2017-kravchenko-appointment-kaliningrad-ministry-of-health', source: 'source:003',
   name: 'Назначение Александра Кравченко руководителем Минздрава Калининградской области',
   nameEn: 'Appointment of Aleksandr Kravchenko as head of the Ministry of Health of the Kaliningrad Region',
   kind: 'APPOINTMENT', status: 'HELD',
   evidence: 'с его назначением руководителем Минздрава Калининградской области'}
] AS row
MERGE (n:Entity:Event {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = [], n.aliasesEn = [], n.kind = row.kind,
    n.status = row.status, n.dateText = row.dateText, n.outcome = row.outcome, n.outcomeEn = row.outcomeEn
WITH n, row
MATCH (s:Source {id: row.source})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// 6. New relationships, each with the document and the shortest passage that states it. One block per type; the
//    provenance idiom appends a document to a relationship another one already states.

// PARTICIPATED_IN: cities (their doctors or delegation), the parties of the permission and the appointment
UNWIND [
  {from: 'city:saint-petersburg', to: 'event:2025-spb-minsk-friendship-anniversary', source: 'source:000', role: 'сторона', roleEn: 'party',
   evidence: '25-летнего юбилея дружбы и сотрудничества между Санкт-Петербургом и Минском'},
  {from: 'city:minsk', to: 'event:2025-spb-minsk-friendship-anniversary', source: 'source:000', role: 'сторона', roleEn: 'party',
   evidence: '25-летнего юбилея дружбы и сотрудничества между Санкт-Петербургом и Минском'},
  {from: 'city:saint-petersburg', to: 'event:2025-council-of-the-republic-meeting', source: 'source:001', role: 'медики Санкт-Петербурга', roleEn: 'doctors of Saint Petersburg',
   evidence: 'состоялась встреча медиков Санкт-Петербурга'},
  {from: 'institution:ministry-of-health-belarus', to: 'event:ministry-of-health-permission-minsk-clinical-base', source: 'source:001', role: 'разрешающий орган', roleEn: 'permitting body',
   evidence: 'после разрешения Министерства здравоохранения'},
  {from: 'institution:minsk-city-clinical-oncology-center', to: 'event:ministry-of-health-permission-minsk-clinical-base', source: 'source:001', role: 'получатель разрешения', roleEn: 'recipient of the permission',
   evidence: 'Наше учреждение после разрешения Министерства здравоохранения может стать клинической базой'},
  {from: 'person:kravchenko-aleksandr', to: 'event:2017-kravchenko-appointment-kaliningrad-ministry-of-health', source: 'source:003', role: 'назначен руководителем', roleEn: 'appointed head',
   evidence: 'Андрей Каприн поздравил Александра Кравченко с его назначением руководителем Минздрава Калининградской области'},
  {from: 'country:kazakhstan', to: 'event:onko-week-vko-operations', source: 'source:004', role: 'прибывшие хирурги наблюдали вживую и онлайн', roleEn: 'visiting surgeons watched live and online',
   evidence: 'Прибывшие хирурги могли наблюдать за проведением операций не только вживую, но и онлайн'},
  {from: 'city:almaty', to: 'event:onko-week-vko-operations', source: 'source:004', role: 'приглашенные врачи', roleEn: 'invited doctors',
   evidence: 'приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга провели 13 операций'},
  {from: 'city:astana', to: 'event:onko-week-vko-operations', source: 'source:004', role: 'приглашенные врачи', roleEn: 'invited doctors',
   evidence: 'приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга провели 13 операций'},
  {from: 'city:tbilisi', to: 'event:onko-week-vko-operations', source: 'source:004', role: 'приглашенные врачи', roleEn: 'invited doctors',
   evidence: 'приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга провели 13 операций'},
  {from: 'city:saint-petersburg', to: 'event:onko-week-vko-operations', source: 'source:004', role: 'приглашенные врачи', roleEn: 'invited doctors',
   evidence: 'приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга провели 13 операций'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
WITH r, row, row.source IN coalesce(r.sources, []) AS seen
SET r.role = coalesce(r.role, row.role), r.roleEn = coalesce(r.roleEn, row.roleEn),
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + row.source END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATES_IN: the cities whose clinics take part in the Herzen video conferences; Saint Petersburg's doctors
// in the planned joint conferences with Belarusian doctors
UNWIND [
  {from: 'city:moscow', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'участники из Москвы', roleEn: 'participants from Moscow', status: 'ACTIVE',
   evidence: 'кроме Москвы принимают участие онкологи, маммологи, хирурги'},
  {from: 'city:tula', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы'},
  {from: 'city:samara', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы, Самары'},
  {from: 'city:khabarovsk', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы, Самары, Хабаровска'},
  {from: 'city:grozny', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного'},
  {from: 'city:lipetsk', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка'},
  {from: 'city:voronezh', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа'},
  {from: 'city:belgorod', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода'},
  {from: 'city:sevastopol', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя'},
  {from: 'city:kaluga', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги'},
  {from: 'city:obninsk', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'ведущие региональные клиники', roleEn: 'leading regional clinics', status: 'ACTIVE',
   evidence: 'принимают участие онкологи, маммологи, хирурги из ведущих региональных клиник Тулы, Самары, Хабаровска, Грозного, Липецка, Воронежа, Белгорода, Севастополя, Калуги, Обнинска'},
  {from: 'city:kaliningrad', to: 'program:herzen-oncology-video-conferences', source: 'source:003', role: 'специалисты областной клинической больницы', roleEn: 'specialists of the regional clinical hospital', status: 'ACTIVE',
   evidence: 'В Калининграде специалисты областной клинической больницы участвуют в обучающих семинарах онкологов России в режиме видеоконференций'},
  {from: 'city:saint-petersburg', to: 'program:spb-belarus-joint-training-conferences', source: 'source:001', role: 'медики Санкт-Петербурга', roleEn: 'doctors of Saint Petersburg', status: 'PLANNED',
   evidence: 'По словам главного кардиохирурга Санкт-Петербурга, с белорусскими медиками планируется проведение совместных конференций'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
WITH r, row, row.source IN coalesce(r.sources, []) AS seen
SET r.role = coalesce(r.role, row.role), r.roleEn = coalesce(r.roleEn, row.roleEn), r.status = coalesce(r.status, row.status),
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + row.source END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// COOPERATES_WITH: the two cities, the two countries, Saint Petersburg with Belarus
UNWIND [
  {from: 'city:saint-petersburg', to: 'city:minsk', source: 'source:000', status: 'ACTIVE',
   subject: 'дружба и сотрудничество (25-летний юбилей в 2025 году), медицинское партнерство', subjectEn: 'friendship and cooperation (25th anniversary in 2025), medical partnership',
   evidence: '25-летнего юбилея дружбы и сотрудничества между Санкт-Петербургом и Минском'},
  {from: 'country:russia', to: 'country:belarus', source: 'source:001', status: 'ACTIVE',
   subject: 'сотрудничество в сфере медицины', subjectEn: 'cooperation in medicine',
   evidence: 'россияне активно сотрудничают с белорусами в сфере медицины'},
  {from: 'country:russia', to: 'country:belarus', source: 'source:002', status: 'ACTIVE',
   subject: 'сотрудничество в сфере медицины', subjectEn: 'cooperation in medicine',
   evidence: 'активно проходит взаимодействие в рамках Союзного государства'},
  {from: 'city:saint-petersburg', to: 'country:belarus', source: 'source:001', status: 'PLANNED',
   subject: 'совместные конференции и заседания по развитию учебных технологий', subjectEn: 'joint conferences and meetings on developing training technologies',
   evidence: 'По словам главного кардиохирурга Санкт-Петербурга, с белорусскими медиками планируется проведение совместных конференций'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH]->(b)
WITH r, row, row.source IN coalesce(r.sources, []) AS seen
SET r.status = coalesce(r.status, row.status), r.subject = coalesce(r.subject, row.subject), r.subjectEn = coalesce(r.subjectEn, row.subjectEn),
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + row.source END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// CONCERNS: what the agreement, the permission and the appointment concern
UNWIND [
  {from: 'event:union-state-cell-technologies-agreement', to: 'program:cell-technologies-cooperation', source: 'source:001',
   evidence: 'этот вопрос в том числе прорабатывается в рамках Союзного государства, чтобы в дальнейшем подписать соответствующее соглашение'},
  {from: 'event:ministry-of-health-permission-minsk-clinical-base', to: 'program:cell-technologies-cooperation', source: 'source:001',
   evidence: 'после разрешения Министерства здравоохранения может стать клинической базой для развития таких клеточных технологий'},
  {from: 'event:2017-kravchenko-appointment-kaliningrad-ministry-of-health', to: 'institution:kaliningrad-region-ministry-of-health', source: 'source:003',
   evidence: 'с его назначением руководителем Минздрава Калининградской области'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
WITH r, row, row.source IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + row.source END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PART_OF: the agreement is to be signed within the Union State
UNWIND [
  {from: 'event:union-state-cell-technologies-agreement', to: 'association:union-state', source: 'source:001',
   evidence: 'прорабатывается в рамках Союзного государства, чтобы в дальнейшем подписать соответствующее соглашение'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
WITH r, row, row.source IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + row.source END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// LOCATED_IN: the carcinogenesis laboratory, named as Belarusian (re-attributed from PART_OF, retraction 10)
UNWIND [
  {from: 'institution:alexandrov-molecular-genetic-carcinogenesis-lab', to: 'country:belarus', source: 'source:002',
   evidence: 'опыт белорусских специалистов и возможности молекулярно-генетической лаборатории канцерогенеза'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, row, row.source IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + row.source END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;
