// Facts of 002_61f1ef2da8839b10.txt (О международном сотрудничестве белорусских онкологов), provenance source:002.

// Source
MERGE (s:Source {id: 'source:002'})
SET s.kind = 'DOCUMENT',
    s.title = 'О международном сотрудничестве белорусских онкологов',
    s.titleEn = 'On the international cooperation of Belarusian oncologists',
    s.titleIsDescriptive = true,
    s.publisher = 'БЕЛТА',
    s.publishedOn = date('2025-11-20'),
    s.language = 'ru',
    s.file = '002_61f1ef2da8839b10.txt';

// Cities and countries named (nodes come from V0002 reference data)
UNWIND [
  {id: 'city:minsk', evidence: '20 ноября, Минск'},
  {id: 'city:dimitrovgrad', evidence: 'отправляются на терапию в Димитровград'},
  {id: 'city:saint-petersburg', evidence: 'Центра Алмазова из Санкт-Петербурга'},
  {id: 'city:shanghai', evidence: 'старейшую Шанхайскую клинику головы'},
  {id: 'country:belarus', evidence: 'в следующем году в Беларуси пройдет Съезд онкологов'},
  {id: 'country:russia', evidence: 'возможности лаборатории России'},
  {id: 'country:china', evidence: 'поступают предложения с китайской стороны по взаимному обучению'},
  {id: 'country:oman', evidence: 'предложения приходят из онкоцентра в Омане'}
] AS row
MATCH (n:Entity {id: row.id})
MATCH (s:Source {id: 'source:002'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// People
UNWIND [
  {id: 'person:polyakov-sergey', name: 'Сергей Поляков', nameEn: 'Sergey Polyakov', aliases: [], aliasesEn: [], titles: [], titlesEn: [], evidence: 'директор РНПЦ онкологии и медицинской радиологии им. Н. Н. Александрова Сергей Поляков'},
  {id: 'person:kolyadich-zhanna', name: 'Жанна Колядич', nameEn: 'Zhanna Kolyadich', aliases: [], aliasesEn: [], titles: [], titlesEn: [], evidence: 'заведующий лабораторией онкопатологии головы и шеи с группой онкопатологии центральной нервной системы РНПЦ онкологии и медицинской радиологии Жанна Колядич'}
] AS row
MERGE (n:Entity:Person {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.titles = row.titles,
    n.titlesEn = row.titlesEn
WITH n, row
MATCH (s:Source {id: 'source:002'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Institutions
UNWIND [
  {id: 'institution:belta', name: 'БЕЛТА', nameEn: 'Belarusian Telegraph Agency', aliases: [], aliasesEn: ['BelTA'], kind: 'NEWS_AGENCY', evidence: 'передает корреспондент БЕЛТА'},
  {id: 'institution:alexandrov-national-cancer-center', name: 'Республиканский научно-практический центр онкологии и медицинской радиологии им. Н. Н. Александрова', nameEn: 'N. N. Alexandrov National Cancer Centre of Belarus', aliases: ['РНПЦ онкологии и медицинской радиологии им. Н. Н. Александрова', 'РНПЦ онкологии и медицинской радиологии'], aliasesEn: ['N. N. Alexandrov National Cancer Centre', 'Republican Scientific and Practical Centre of Oncology and Medical Radiology named after N. N. Alexandrov'], kind: 'CANCER_CENTER', evidence: 'РНПЦ онкологии и медицинской радиологии им. Н. Н. Александрова'},
  {id: 'institution:alexandrov-head-and-neck-oncopathology-lab', name: 'Лаборатория онкопатологии головы и шеи с группой онкопатологии центральной нервной системы', nameEn: 'Laboratory of Head and Neck Oncopathology with the Central Nervous System Oncopathology Group', aliases: [], aliasesEn: [], kind: 'LABORATORY', evidence: 'лабораторией онкопатологии головы и шеи с группой онкопатологии центральной нервной системы'},
  {id: 'institution:alexandrov-head-and-neck-tumors-department', name: 'Отделение опухолей головы и шеи', nameEn: 'Head and Neck Tumours Department', aliases: [], aliasesEn: [], kind: 'DEPARTMENT', evidence: 'двое сотрудников отделения опухолей головы и шеи'},
  {id: 'institution:alexandrov-molecular-genetic-carcinogenesis-lab', name: 'Молекулярно-генетическая лаборатория канцерогенеза', nameEn: 'Molecular Genetic Laboratory of Carcinogenesis', aliases: [], aliasesEn: [], kind: 'LABORATORY', evidence: 'возможности молекулярно-генетической лаборатории канцерогенеза'},
  {id: 'institution:almazov-national-medical-research-center', name: 'Центр Алмазова', nameEn: 'Almazov National Medical Research Centre', aliases: [], aliasesEn: ['Almazov Centre'], kind: 'RESEARCH_INSTITUTE', evidence: 'по запросу Центра Алмазова из Санкт-Петербурга'},
  {id: 'institution:shanghai-head-clinic', name: 'Шанхайская клиника головы', nameEn: 'Shanghai Head Clinic', aliases: [], aliasesEn: [], kind: 'HOSPITAL', evidence: 'в том очень известную, старейшую Шанхайскую клинику головы'},
  {id: 'institution:oman-oncology-center', name: 'Онкоцентр в Омане', nameEn: 'Oncology Centre in Oman', aliases: [], aliasesEn: [], kind: 'CANCER_CENTER', evidence: 'предложения приходят из онкоцентра в Омане'}
] AS row
MERGE (n:Entity:Institution {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind
WITH n, row
MATCH (s:Source {id: 'source:002'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Associations and unions
UNWIND [
  {id: 'association:cis-eurasia-oncology-directors-association', name: 'Ассоциация Директоров Центров и Институтов Онкологии и Рентгенорадиологии стран СНГ и Евразии', nameEn: 'Association of Directors of Centres and Institutes of Oncology and Radiology of the CIS and Eurasia', aliases: [], aliasesEn: [], kind: 'PROFESSIONAL_ASSOCIATION', evidence: 'существует Ассоциация Директоров Центров и Институтов Онкологии и Рентгенорадиологии стран СНГ и Евразии'},
  {id: 'association:union-state', name: 'Союзное государство', nameEn: 'Union State', aliases: ['Союзное Государство'], aliasesEn: ['Union State of Russia and Belarus'], kind: 'INTERSTATE_UNION', evidence: 'активно проходит взаимодействие в рамках Союзного государства'},
  {id: 'association:belarusian-association-of-doctors', name: 'Белорусская ассоциация врачей', nameEn: 'Belarusian Association of Doctors', aliases: [], aliasesEn: [], kind: 'PROFESSIONAL_ASSOCIATION', evidence: 'оплачиваются Белорусской ассоциацией врачей'}
] AS row
MERGE (n:Entity:Association {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind
WITH n, row
MATCH (s:Source {id: 'source:002'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Programs and projects
UNWIND [
  {id: 'program:cis-eurasia-association-conferences-seminars', name: 'Конференции и взаимные обучающие семинары Ассоциации директоров центров и институтов онкологии и рентгенорадиологии стран СНГ и Евразии', nameEn: 'Conferences and mutual training seminars of the Association of Directors of Centres and Institutes of Oncology and Radiology of the CIS and Eurasia', aliases: [], aliasesEn: [], kind: 'EDUCATION_SERIES', status: 'ACTIVE', frequency: 'постоянно', description: 'Конференции и взаимные обучающие семинары, постоянно проходящие в рамках Ассоциации.', descriptionEn: 'Conferences and mutual training seminars held on a regular basis within the Association.', evidence: 'в рамках которой постоянно проходят конференции и взаимные обучающие семинары'},
  {id: 'program:union-state-proton-therapy-quota', name: 'Бесплатная квота на лечение белорусских пациентов с использованием протонной терапии', nameEn: 'Free quota for the treatment of Belarusian patients with proton therapy', aliases: [], aliasesEn: [], kind: 'QUOTA', status: 'ACTIVE', frequency: 'каждый год', description: 'В рамках Союзного государства белорусские пациенты имеют бесплатную квоту на протонную терапию и каждый год бесплатно отправляются на терапию в Димитровград. Протонная терапия особенно важна для детей с некоторыми опухолями головного мозга.', descriptionEn: 'Within the Union State, Belarusian patients have a free quota for proton therapy and every year travel to Dimitrovgrad for treatment free of charge. Proton therapy is especially important for children with certain brain tumours.', evidence: 'белорусские пациенты имеют квоту бесплатную квоту на лечение с использованием протонной терапии'},
  {id: 'program:china-mutual-training', name: 'Взаимное обучение специалистов с китайской стороной', nameEn: 'Mutual training of specialists with the Chinese side', aliases: [], aliasesEn: [], kind: 'EXCHANGE', status: 'PROPOSED', description: 'Предложения китайской стороны по взаимному обучению, которое китайская сторона готова финансировать.', descriptionEn: 'Proposals from the Chinese side for mutual training, which the Chinese side is ready to fund.', evidence: 'поступают предложения с китайской стороны по взаимному обучению'},
  {id: 'program:union-state-glioblastoma-project', name: 'Проект Союзного государства по диагностике и лечению глиобластом', nameEn: 'Union State project on the diagnosis and treatment of glioblastomas', aliases: [], aliasesEn: [], kind: 'PROJECT', status: 'PROPOSED', description: 'Центр Алмазова хочет совместно с РНПЦ онкологии и медицинской радиологии им. Н. Н. Александрова выполнять проект, состоялось первичное обсуждение.', descriptionEn: 'The Almazov Centre wants to carry out the project jointly with the N. N. Alexandrov National Cancer Centre, a first discussion has taken place.', evidence: 'проект Союзного Государства по диагностике и лечения глиобластом'}
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
MATCH (s:Source {id: 'source:002'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Topics
UNWIND [
  {id: 'topic:oncology', name: 'онкология', nameEn: 'Oncology', aliases: [], aliasesEn: [], evidence: 'Съезд онкологов стран СНГ И Евразии'},
  {id: 'topic:medical-education', name: 'обучение врачей', nameEn: 'Medical training', aliases: [], aliasesEn: [], evidence: 'взаимные обучающие семинары'},
  {id: 'topic:proton-therapy', name: 'протонная терапия', nameEn: 'Proton therapy', aliases: [], aliasesEn: [], evidence: 'на лечение с использованием протонной терапии'},
  {id: 'topic:radiation-therapy', name: 'лучевая терапия', nameEn: 'Radiation therapy', aliases: [], aliasesEn: [], evidence: 'это особый вид лучевой терапии'},
  {id: 'topic:pediatric-brain-tumors', name: 'опухоли головного мозга у детей', nameEn: 'Brain tumours in children', aliases: [], aliasesEn: [], evidence: 'особенно важен для детей с некоторыми опухолями головного мозга'},
  {id: 'topic:glioblastoma', name: 'глиобластома', nameEn: 'Glioblastoma', aliases: [], aliasesEn: [], evidence: 'по диагностике и лечения глиобластом'},
  {id: 'topic:diagnostics', name: 'диагностика', nameEn: 'Diagnostics', aliases: [], aliasesEn: [], evidence: 'по диагностике и лечения глиобластом'},
  {id: 'topic:cancer-treatment', name: 'лечение онкологических заболеваний', nameEn: 'Cancer treatment', aliases: [], aliasesEn: [], evidence: 'по диагностике и лечения глиобластом'},
  {id: 'topic:head-and-neck-tumors', name: 'опухоли головы и шеи', nameEn: 'Head and neck tumours', aliases: [], aliasesEn: [], evidence: 'отделения опухолей головы и шеи'}
] AS row
MERGE (n:Entity:Topic {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn
WITH n, row
MATCH (s:Source {id: 'source:002'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Events
UNWIND [
  {id: 'event:2026-cis-eurasia-oncologists-congress', name: 'Съезд онкологов стран СНГ и Евразии', nameEn: 'Congress of Oncologists of the CIS and Eurasia', aliases: ['Съезд онкологов стран СНГ И Евразии'], aliasesEn: [], kind: 'CONGRESS', date: date('2026-01-01'), datePrecision: 'YEAR', dateRelative: true, dateText: 'в следующем году', status: 'PLANNED', evidence: 'в следующем году в Беларуси пройдет Съезд онкологов стран СНГ И Евразии'},
  {id: 'event:2025-meeting-chinese-colleagues', name: 'Встреча с китайскими коллегами', nameEn: 'Meeting with Chinese colleagues', aliases: [], aliasesEn: [], kind: 'MEETING', date: date('2025-11-10'), datePrecision: 'WEEK', dateRelative: true, dateText: 'на прошлой неделе', status: 'HELD', outcome: 'Договорились выбрать научное направление и начать совместную работу.', outcomeEn: 'The sides agreed to choose a research area and start working together.', evidence: 'на прошлой неделе у нас была встреча с китайскими коллегами'},
  {id: 'event:2025-telebridge-almazov-center', name: 'Телемост с Центром Алмазова', nameEn: 'Telebridge with the Almazov Centre', aliases: [], aliasesEn: [], kind: 'TELEBRIDGE', date: date('2025-11-19'), datePrecision: 'DAY', dateRelative: true, dateText: 'вчера', status: 'HELD', outcome: 'Первичное обсуждение проекта Союзного государства по диагностике и лечению глиобластом.', outcomeEn: 'First discussion of the Union State project on the diagnosis and treatment of glioblastomas.', evidence: 'вчера прошел телемост по запросу Центра Алмазова из Санкт-Петербурга'},
  {id: 'event:2025-head-and-neck-department-visit-china', name: 'Поездка сотрудников отделения опухолей головы и шеи в Китай', nameEn: 'Visit of staff of the Head and Neck Tumours Department to China', aliases: [], aliasesEn: [], kind: 'VISIT', date: date('2025-11-24'), datePrecision: 'DAY', dateRelative: true, dateText: 'В понедельник', status: 'PLANNED', count: 2, evidence: 'В понедельник двое сотрудников отделения опухолей головы и шеи поедут в Китай'}
] AS row
MERGE (n:Entity:Event {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind,
    n.date = row.date,
    n.datePrecision = row.datePrecision,
    n.dateRelative = row.dateRelative,
    n.dateText = row.dateText,
    n.status = row.status,
    n.outcome = row.outcome,
    n.outcomeEn = row.outcomeEn,
    n.count = row.count
WITH n, row
MATCH (s:Source {id: 'source:002'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// AFFILIATED_WITH
UNWIND [
  {from: 'person:polyakov-sergey', to: 'institution:alexandrov-national-cancer-center', role: 'директор', roleEn: 'director', evidence: 'директор РНПЦ онкологии и медицинской радиологии им. Н. Н. Александрова Сергей Поляков'},
  {from: 'person:kolyadich-zhanna', to: 'institution:alexandrov-head-and-neck-oncopathology-lab', role: 'заведующий лабораторией', roleEn: 'head of laboratory', evidence: 'заведующий лабораторией онкопатологии головы и шеи с группой онкопатологии центральной нервной системы РНПЦ онкологии и медицинской радиологии Жанна Колядич'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
WITH r, row, 'source:002' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:002' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PART_OF
UNWIND [
  {from: 'institution:alexandrov-head-and-neck-oncopathology-lab', to: 'institution:alexandrov-national-cancer-center', evidence: 'лабораторией онкопатологии головы и шеи с группой онкопатологии центральной нервной системы РНПЦ онкологии и медицинской радиологии'},
  {from: 'institution:alexandrov-head-and-neck-tumors-department', to: 'institution:alexandrov-national-cancer-center', evidence: 'В понедельник двое сотрудников отделения опухолей головы и шеи поедут в Китай'},
  {from: 'institution:alexandrov-molecular-genetic-carcinogenesis-lab', to: 'institution:alexandrov-national-cancer-center', evidence: 'Российский коллег интересует опыт белорусских специалистов и возможности молекулярно-генетической лаборатории канцерогенеза'},
  {from: 'program:cis-eurasia-association-conferences-seminars', to: 'association:cis-eurasia-oncology-directors-association', evidence: 'Это уникальная организация, в рамках которой постоянно проходят конференции и взаимные обучающие семинары'},
  {from: 'program:union-state-proton-therapy-quota', to: 'association:union-state', evidence: 'активно проходит взаимодействие в рамках Союзного государства. Например, белорусские пациенты имеют квоту'},
  {from: 'program:union-state-glioblastoma-project', to: 'association:union-state', evidence: 'проект Союзного Государства по диагностике и лечения глиобластом'},
  {from: 'event:2026-cis-eurasia-oncologists-congress', to: 'program:cis-eurasia-association-conferences-seminars', evidence: 'постоянно проходят конференции и взаимные обучающие семинары. Например, в следующем году в Беларуси пройдет Съезд онкологов стран СНГ И Евразии'},
  {from: 'event:2025-telebridge-almazov-center', to: 'program:union-state-glioblastoma-project', evidence: 'Было первичное обсуждение этого проекта'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
WITH r, row, 'source:002' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:002' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// LOCATED_IN
UNWIND [
  {from: 'institution:alexandrov-national-cancer-center', to: 'country:belarus', evidence: 'О международном сотрудничестве белорусских онкологов рассказал журналистам директор РНПЦ онкологии и медицинской радиологии им. Н. Н. Александрова Сергей Поляков'},
  {from: 'institution:almazov-national-medical-research-center', to: 'city:saint-petersburg', evidence: 'Центра Алмазова из Санкт-Петербурга'},
  {from: 'institution:shanghai-head-clinic', to: 'city:shanghai', evidence: 'Шанхайскую клинику головы'},
  {from: 'institution:oman-oncology-center', to: 'country:oman', evidence: 'онкоцентра в Омане'},
  {from: 'program:union-state-proton-therapy-quota', to: 'city:dimitrovgrad', evidence: 'Каждый год они абсолютно бесплатно отправляются на терапию в Димитровград'},
  {from: 'event:2026-cis-eurasia-oncologists-congress', to: 'country:belarus', evidence: 'в следующем году в Беларуси пройдет Съезд онкологов стран СНГ И Евразии'},
  {from: 'event:2025-head-and-neck-department-visit-china', to: 'country:china', evidence: 'поедут в Китай и посетят ведущие клиники'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, row, 'source:002' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:002' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// HOSTED_BY
UNWIND [
  {from: 'event:2025-telebridge-almazov-center', to: 'institution:almazov-national-medical-research-center', role: 'по запросу', roleEn: 'at the request of', evidence: 'вчера прошел телемост по запросу Центра Алмазова из Санкт-Петербурга'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:HOSTED_BY]->(b)
WITH r, row, 'source:002' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:002' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// TOOK_PLACE_AT
UNWIND [
  {from: 'event:2025-head-and-neck-department-visit-china', to: 'institution:shanghai-head-clinic', evidence: 'посетят ведущие клиники, в том очень известную, старейшую Шанхайскую клинику головы'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:TOOK_PLACE_AT]->(b)
WITH r, row, 'source:002' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:002' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATED_IN
UNWIND [
  {from: 'institution:alexandrov-national-cancer-center', to: 'event:2025-meeting-chinese-colleagues', role: 'участник', roleEn: 'participant', evidence: 'Буквально на прошлой неделе у нас была встреча с китайскими коллегами'},
  {from: 'country:china', to: 'event:2025-meeting-chinese-colleagues', role: 'китайские коллеги', roleEn: 'Chinese colleagues', evidence: 'у нас была встреча с китайскими коллегами'},
  {from: 'institution:alexandrov-national-cancer-center', to: 'event:2025-telebridge-almazov-center', role: 'участник', roleEn: 'participant', evidence: 'Они хотят совместно с нами выполнять проект Союзного Государства'},
  {from: 'institution:almazov-national-medical-research-center', to: 'event:2025-telebridge-almazov-center', role: 'инициатор', roleEn: 'initiator', evidence: 'вчера прошел телемост по запросу Центра Алмазова из Санкт-Петербурга'},
  {from: 'institution:alexandrov-head-and-neck-tumors-department', to: 'event:2025-head-and-neck-department-visit-china', role: 'двое сотрудников', roleEn: 'two staff members', evidence: 'В понедельник двое сотрудников отделения опухолей головы и шеи поедут в Китай'},
  {from: 'country:china', to: 'event:2025-head-and-neck-department-visit-china', role: 'приглашающая сторона', roleEn: 'inviting party', evidence: 'по приглашению китайской стороны'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
WITH r, row, 'source:002' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:002' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// ABOUT
UNWIND [
  {from: 'event:2026-cis-eurasia-oncologists-congress', to: 'topic:oncology', evidence: 'Съезд онкологов стран СНГ И Евразии'},
  {from: 'program:cis-eurasia-association-conferences-seminars', to: 'topic:oncology', evidence: 'Ассоциация Директоров Центров и Институтов Онкологии и Рентгенорадиологии стран СНГ и Евразии'},
  {from: 'program:cis-eurasia-association-conferences-seminars', to: 'topic:medical-education', evidence: 'взаимные обучающие семинары'},
  {from: 'program:union-state-proton-therapy-quota', to: 'topic:proton-therapy', evidence: 'на лечение с использованием протонной терапии'},
  {from: 'program:union-state-proton-therapy-quota', to: 'topic:radiation-therapy', evidence: 'это особый вид лучевой терапии'},
  {from: 'program:union-state-proton-therapy-quota', to: 'topic:pediatric-brain-tumors', evidence: 'особенно важен для детей с некоторыми опухолями головного мозга'},
  {from: 'program:china-mutual-training', to: 'topic:medical-education', evidence: 'предложения с китайской стороны по взаимному обучению'},
  {from: 'program:union-state-glioblastoma-project', to: 'topic:glioblastoma', evidence: 'по диагностике и лечения глиобластом'},
  {from: 'program:union-state-glioblastoma-project', to: 'topic:diagnostics', evidence: 'по диагностике и лечения глиобластом'},
  {from: 'program:union-state-glioblastoma-project', to: 'topic:cancer-treatment', evidence: 'по диагностике и лечения глиобластом'},
  {from: 'event:2025-telebridge-almazov-center', to: 'topic:glioblastoma', evidence: 'проект Союзного Государства по диагностике и лечения глиобластом'},
  {from: 'event:2025-head-and-neck-department-visit-china', to: 'topic:head-and-neck-tumors', evidence: 'двое сотрудников отделения опухолей головы и шеи поедут в Китай'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
WITH r, row, 'source:002' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:002' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATES_IN
UNWIND [
  {from: 'country:belarus', to: 'program:union-state-proton-therapy-quota', role: 'белорусские пациенты', roleEn: 'Belarusian patients', status: 'ACTIVE', evidence: 'белорусские пациенты имеют квоту бесплатную квоту на лечение с использованием протонной терапии'},
  {from: 'country:china', to: 'program:china-mutual-training', role: 'инициатор и спонсор', roleEn: 'proposer and funder', status: 'PROPOSED', evidence: 'поступают предложения с китайской стороны по взаимному обучению, причем китайская сторона готова это финансировать'},
  {from: 'institution:alexandrov-national-cancer-center', to: 'program:china-mutual-training', role: 'партнер', roleEn: 'partner', status: 'PROPOSED', evidence: 'поступают предложения с китайской стороны по взаимному обучению'},
  {from: 'institution:almazov-national-medical-research-center', to: 'program:union-state-glioblastoma-project', role: 'инициатор', roleEn: 'initiator', status: 'PROPOSED', evidence: 'Они хотят совместно с нами выполнять проект Союзного Государства по диагностике и лечения глиобластом'},
  {from: 'institution:alexandrov-national-cancer-center', to: 'program:union-state-glioblastoma-project', role: 'партнер', roleEn: 'partner', status: 'PROPOSED', evidence: 'Они хотят совместно с нами выполнять проект Союзного Государства по диагностике и лечения глиобластом'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
WITH r, row, 'source:002' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.status = row.status, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:002' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// COOPERATES_WITH
UNWIND [
  {from: 'institution:alexandrov-national-cancer-center', to: 'country:russia', status: 'ACTIVE', subject: 'взаимодействие в рамках Союзного государства: протонная терапия для белорусских пациентов, обмен опытом лабораторий', subjectEn: 'cooperation within the Union State: proton therapy for Belarusian patients, exchange of laboratory experience', evidence: 'активно проходит взаимодействие в рамках Союзного государства'},
  {from: 'institution:alexandrov-national-cancer-center', to: 'country:china', status: 'PLANNED', subject: 'совместная работа по выбранному научному направлению', subjectEn: 'joint work in a research area to be chosen', evidence: 'Мы уже договорились, что выберем какое-то научное направление и начнем работать'},
  {from: 'institution:oman-oncology-center', to: 'institution:alexandrov-national-cancer-center', status: 'PROPOSED', subject: 'предложения о сотрудничестве', subjectEn: 'cooperation proposals', evidence: 'достаточно интересные предложения приходят из онкоцентра в Омане'},
  {from: 'institution:almazov-national-medical-research-center', to: 'institution:alexandrov-national-cancer-center', status: 'PROPOSED', subject: 'совместное выполнение проекта Союзного государства по диагностике и лечению глиобластом', subjectEn: 'joint implementation of the Union State project on the diagnosis and treatment of glioblastomas', evidence: 'Они хотят совместно с нами выполнять проект Союзного Государства по диагностике и лечения глиобластом'},
  {from: 'institution:alexandrov-national-cancer-center', to: 'association:belarusian-association-of-doctors', status: 'ACTIVE', subject: 'оплата специальных курсов и семинаров для сотрудников', subjectEn: 'funding of special courses and seminars for staff', evidence: 'которые в большинстве случаев оплачиваются Белорусской ассоциацией врачей'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH]->(b)
WITH r, row, 'source:002' IN coalesce(r.sources, []) AS seen
SET r.status = row.status, r.subject = row.subject, r.subjectEn = row.subjectEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:002' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;
