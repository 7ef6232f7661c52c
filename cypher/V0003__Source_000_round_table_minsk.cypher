// Facts of 000_f7b66100a7ae27b2.txt (Круглый стол «Перспективные направления развития онкологии» в Минском городском клиническом онкологическом центре), provenance source:000.

// Source
MERGE (s:Source {id: 'source:000'})
SET s.kind = 'DOCUMENT',
    s.title = 'Круглый стол «Перспективные направления развития онкологии» в Минском городском клиническом онкологическом центре',
    s.titleEn = 'Round table "Promising Directions of Oncology Development" at the Minsk City Clinical Oncology Centre',
    s.titleIsDescriptive = true,
    s.publishedOnNote = 'в тексте нет даты публикации, дата события 15 июля 2025',
    s.language = 'ru',
    s.file = '000_f7b66100a7ae27b2.txt';

// Cities and countries named (nodes come from V0002 reference data)
UNWIND [
  {id: 'city:minsk', evidence: 'между Санкт-Петербургом и Минском'},
  {id: 'city:saint-petersburg', evidence: 'между Санкт-Петербургом и Минском'},
  {id: 'country:belarus', evidence: 'Института биофизики и клеточной инженерии НАН Беларуси'},
  {id: 'country:russia', evidence: 'заслуженным врачом Российской Федерации'}
] AS row
MATCH (n:Entity {id: row.id})
MATCH (s:Source {id: 'source:000'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// People
UNWIND [
  {id: 'person:kondratovich-viktor', name: 'Виктор Кондратович', nameEn: 'Viktor Kondratovich', aliases: [], aliasesEn: [], titles: [], titlesEn: [], evidence: 'главный врач УЗ «Минский городской клинический онкологический центр» Виктор Кондратович'},
  {id: 'person:moiseenko-v', name: 'В. Моисеенко', nameEn: 'V. Moiseyenko', aliases: ['В.Моисеенко'], aliasesEn: [], titles: ['доктор медицинских наук', 'профессор', 'заслуженный врач Российской Федерации', 'член-корреспондент РАН'], titlesEn: ['Doctor of Medical Sciences', 'Professor', 'Honoured Doctor of the Russian Federation', 'Corresponding Member of the Russian Academy of Sciences'], evidence: 'во главе с директором — доктором медицинских наук, профессором, заслуженным врачом Российской Федерации, членом-корреспондентом РАН — В.Моисеенко'}
] AS row
MERGE (n:Entity:Person {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.titles = row.titles,
    n.titlesEn = row.titlesEn
WITH n, row
MATCH (s:Source {id: 'source:000'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Institutions
UNWIND [
  {id: 'institution:minsk-city-clinical-oncology-center', name: 'Минский городской клинический онкологический центр', nameEn: 'Minsk City Clinical Oncology Centre', aliases: ['УЗ «Минский городской клинический онкологический центр»'], aliasesEn: ['Minsk City Clinical Oncology Center'], kind: 'CANCER_CENTER', evidence: 'в учреждении здравоохранения «Минский городской клинический онкологический центр» состоялся круглый стол'},
  {id: 'institution:napalkov-oncology-center', name: 'Санкт-Петербургский клинический научно-практический центр специализированных видов медицинской помощи (онкологический) им. Н.П. Напалкова', nameEn: 'N. P. Napalkov Saint Petersburg Clinical Research and Practical Centre of Specialized Types of Medical Care (Oncological)', aliases: ['ГБУЗ «Санкт-Петербургский клинический научно-практический центр специализированных видов медицинской помощи (онкологический) им. Н.П. Напалкова»', 'Санкт-Петербургский клинический научно-практический центр специализированных видов медпомощи (онкологической) имени Н.П.Напалкова'], aliasesEn: ['Napalkov Oncology Centre'], kind: 'CANCER_CENTER', evidence: 'делегация ГБУЗ «Санкт-Петербургский клинический научно-практический центр специализированных видов медицинской помощи (онкологический) им. Н.П. Напалкова»'},
  {id: 'institution:institute-of-biophysics-and-cell-engineering', name: 'Институт биофизики и клеточной инженерии НАН Беларуси', nameEn: 'Institute of Biophysics and Cell Engineering of the National Academy of Sciences of Belarus', aliases: [], aliasesEn: [], kind: 'RESEARCH_INSTITUTE', evidence: 'представители Института биофизики и клеточной инженерии НАН Беларуси'},
  {id: 'institution:national-academy-of-sciences-of-belarus', name: 'Национальная академия наук Беларуси', nameEn: 'National Academy of Sciences of Belarus', aliases: ['НАН Беларуси'], aliasesEn: ['NAS of Belarus'], kind: 'ACADEMY', evidence: 'Института биофизики и клеточной инженерии НАН Беларуси'},
  {id: 'institution:belarusian-state-medical-university', name: 'Белорусский государственный медицинский университет', nameEn: 'Belarusian State Medical University', aliases: [], aliasesEn: [], kind: 'UNIVERSITY', evidence: 'преподаватели Белорусского государственного медицинского университета'},
  {id: 'institution:council-of-the-republic', name: 'Совет Республики', nameEn: 'Council of the Republic', aliases: [], aliasesEn: [], kind: 'PARLIAMENT', evidence: 'член Постоянной комиссии Совета Республики по образованию, науке, культуре и социальному развитию'},
  {id: 'institution:council-of-the-republic-education-commission', name: 'Постоянная комиссия Совета Республики по образованию, науке, культуре и социальному развитию', nameEn: 'Standing Commission of the Council of the Republic on Education, Science, Culture and Social Development', aliases: [], aliasesEn: [], kind: 'PARLIAMENT', evidence: 'член Постоянной комиссии Совета Республики по образованию, науке, культуре и социальному развитию'},
  {id: 'institution:russian-academy-of-sciences', name: 'Российская академия наук', nameEn: 'Russian Academy of Sciences', aliases: ['РАН'], aliasesEn: ['RAS'], kind: 'ACADEMY', evidence: 'членом-корреспондентом РАН'}
] AS row
MERGE (n:Entity:Institution {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind
WITH n, row
MATCH (s:Source {id: 'source:000'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Programs and projects
UNWIND [
  {id: 'program:spb-minsk-joint-oncology-initiatives', name: 'Совместные образовательные, исследовательские и клинические инициативы', nameEn: 'Joint educational, research and clinical initiatives', aliases: [], aliasesEn: [], kind: 'COOPERATION_PROGRAM', status: 'PLANNED', description: 'Развитие совместных образовательных, исследовательских и клинических инициатив Минска и Санкт-Петербурга в онкологии, ориентация на которое закреплена круглым столом 15 июля 2025 г.', descriptionEn: 'Development of joint educational, research and clinical oncology initiatives of Minsk and Saint Petersburg, an orientation confirmed by the round table of 15 July 2025.', evidence: 'закрепил ориентацию на развитие совместных образовательных, исследовательских и клинических инициатив'}
] AS row
MERGE (n:Entity:Program {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind,
    n.status = row.status,
    n.description = row.description,
    n.descriptionEn = row.descriptionEn
WITH n, row
MATCH (s:Source {id: 'source:000'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Topics
UNWIND [
  {id: 'topic:oncology', name: 'онкология', nameEn: 'Oncology', aliases: [], aliasesEn: [], evidence: '«Перспективные направления развития онкологии»'},
  {id: 'topic:diagnostics', name: 'диагностика', nameEn: 'Diagnostics', aliases: [], aliasesEn: [], evidence: 'от современных методов диагностики'},
  {id: 'topic:cancer-treatment', name: 'лечение онкологических заболеваний', nameEn: 'Cancer treatment', aliases: [], aliasesEn: [], evidence: 'в области диагностики и лечения онкологических заболеваний'},
  {id: 'topic:rehabilitation', name: 'реабилитация онкологических пациентов', nameEn: 'Rehabilitation of cancer patients', aliases: [], aliasesEn: [], evidence: 'до реабилитации онкологических пациентов'},
  {id: 'topic:digitalization', name: 'цифровизация здравоохранения', nameEn: 'Digitalization of healthcare', aliases: [], aliasesEn: [], evidence: 'вопросам цифровизации в здравоохранении'},
  {id: 'topic:medical-information-systems', name: 'медицинские информационные системы', nameEn: 'Medical information systems', aliases: [], aliasesEn: [], evidence: 'внедрению медицинских информационных систем'},
  {id: 'topic:process-automation', name: 'автоматизация процессов', nameEn: 'Process automation', aliases: [], aliasesEn: [], evidence: 'автоматизации процессов'},
  {id: 'topic:telemedicine', name: 'телемедицинские консультации', nameEn: 'Telemedicine consultations', aliases: [], aliasesEn: [], evidence: 'поддержке телемедицинских консультаций'}
] AS row
MERGE (n:Entity:Topic {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn
WITH n, row
MATCH (s:Source {id: 'source:000'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Events
UNWIND [
  {id: 'event:2025-spb-minsk-friendship-anniversary', name: 'Празднование 25-летнего юбилея дружбы и сотрудничества между Санкт-Петербургом и Минском', nameEn: 'Celebration of the 25th anniversary of friendship and cooperation between Saint Petersburg and Minsk', aliases: [], aliasesEn: [], kind: 'OTHER', date: date('2025-01-01'), datePrecision: 'YEAR', dateRelative: false, status: 'HELD', evidence: 'в дни празднования 25-летнего юбилея дружбы и сотрудничества между Санкт-Петербургом и Минском'},
  {id: 'event:2025-round-table-minsk', name: 'Круглый стол «Перспективные направления развития онкологии»', nameEn: 'Round table "Promising Directions of Oncology Development"', aliases: [], aliasesEn: [], kind: 'ROUND_TABLE', date: date('2025-07-15'), datePrecision: 'DAY', dateRelative: false, status: 'HELD', outcome: 'Круглый стол закрепил ориентацию на развитие совместных образовательных, исследовательских и клинических инициатив.', outcomeEn: 'The round table confirmed the orientation towards developing joint educational, research and clinical initiatives.', evidence: 'состоялся круглый стол на тему «Перспективные направления развития онкологии»'}
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
    n.status = row.status,
    n.outcome = row.outcome,
    n.outcomeEn = row.outcomeEn
WITH n, row
MATCH (s:Source {id: 'source:000'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// AFFILIATED_WITH
UNWIND [
  {from: 'person:kondratovich-viktor', to: 'institution:minsk-city-clinical-oncology-center', role: 'главный врач', roleEn: 'chief physician', evidence: 'главный врач УЗ «Минский городской клинический онкологический центр» Виктор Кондратович'},
  {from: 'person:moiseenko-v', to: 'institution:napalkov-oncology-center', role: 'директор', roleEn: 'director', evidence: 'во главе с директором — доктором медицинских наук, профессором, заслуженным врачом Российской Федерации, членом-корреспондентом РАН — В.Моисеенко'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
WITH r, row, 'source:000' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:000' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// MEMBER_OF
UNWIND [
  {from: 'person:kondratovich-viktor', to: 'institution:council-of-the-republic-education-commission', role: 'член', roleEn: 'member', evidence: 'член Постоянной комиссии Совета Республики по образованию, науке, культуре и социальному развитию'},
  {from: 'person:moiseenko-v', to: 'institution:russian-academy-of-sciences', role: 'член-корреспондент', roleEn: 'corresponding member', evidence: 'членом-корреспондентом РАН'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
WITH r, row, 'source:000' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:000' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PART_OF
UNWIND [
  {from: 'institution:institute-of-biophysics-and-cell-engineering', to: 'institution:national-academy-of-sciences-of-belarus', evidence: 'Института биофизики и клеточной инженерии НАН Беларуси'},
  {from: 'institution:council-of-the-republic-education-commission', to: 'institution:council-of-the-republic', evidence: 'Постоянной комиссии Совета Республики'},
  {from: 'event:2025-round-table-minsk', to: 'event:2025-spb-minsk-friendship-anniversary', evidence: 'в дни празднования 25-летнего юбилея дружбы и сотрудничества между Санкт-Петербургом и Минском'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
WITH r, row, 'source:000' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:000' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// LOCATED_IN
UNWIND [
  {from: 'institution:minsk-city-clinical-oncology-center', to: 'city:minsk', evidence: '«Минский городской клинический онкологический центр»'},
  {from: 'institution:napalkov-oncology-center', to: 'city:saint-petersburg', evidence: '«Санкт-Петербургский клинический научно-практический центр специализированных видов медицинской помощи (онкологический) им. Н.П. Напалкова»'},
  {from: 'institution:institute-of-biophysics-and-cell-engineering', to: 'country:belarus', evidence: 'Института биофизики и клеточной инженерии НАН Беларуси'},
  {from: 'institution:national-academy-of-sciences-of-belarus', to: 'country:belarus', evidence: 'НАН Беларуси'},
  {from: 'institution:belarusian-state-medical-university', to: 'country:belarus', evidence: 'Белорусского государственного медицинского университета'},
  {from: 'institution:russian-academy-of-sciences', to: 'country:russia', evidence: 'заслуженным врачом Российской Федерации, членом-корреспондентом РАН'},
  {from: 'event:2025-round-table-minsk', to: 'city:minsk', evidence: 'в учреждении здравоохранения «Минский городской клинический онкологический центр» состоялся круглый стол'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, row, 'source:000' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:000' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// TOOK_PLACE_AT
UNWIND [
  {from: 'event:2025-round-table-minsk', to: 'institution:minsk-city-clinical-oncology-center', evidence: 'в учреждении здравоохранения «Минский городской клинический онкологический центр» состоялся круглый стол'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:TOOK_PLACE_AT]->(b)
WITH r, row, 'source:000' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:000' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATED_IN
UNWIND [
  {from: 'person:kondratovich-viktor', to: 'event:2025-round-table-minsk', role: 'участник', roleEn: 'participant', evidence: 'главный врач УЗ «Минский городской клинический онкологический центр» Виктор Кондратович'},
  {from: 'person:moiseenko-v', to: 'event:2025-round-table-minsk', role: 'глава делегации', roleEn: 'head of delegation', evidence: 'во главе с директором'},
  {from: 'institution:napalkov-oncology-center', to: 'event:2025-round-table-minsk', role: 'делегация', roleEn: 'delegation', evidence: 'делегация ГБУЗ «Санкт-Петербургский клинический научно-практический центр специализированных видов медицинской помощи (онкологический) им. Н.П. Напалкова»'},
  {from: 'institution:institute-of-biophysics-and-cell-engineering', to: 'event:2025-round-table-minsk', role: 'представители', roleEn: 'representatives', evidence: 'представители Института биофизики и клеточной инженерии НАН Беларуси'},
  {from: 'institution:belarusian-state-medical-university', to: 'event:2025-round-table-minsk', role: 'преподаватели', roleEn: 'lecturers', evidence: 'преподаватели Белорусского государственного медицинского университета'},
  {from: 'institution:minsk-city-clinical-oncology-center', to: 'event:2025-round-table-minsk', role: 'ведущие специалисты', roleEn: 'leading specialists', evidence: 'ведущие специалисты УЗ «Минский городской клинический онкологический центр»'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
WITH r, row, 'source:000' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:000' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// ABOUT
UNWIND [
  {from: 'event:2025-round-table-minsk', to: 'topic:oncology', evidence: 'круглый стол на тему «Перспективные направления развития онкологии»'},
  {from: 'event:2025-round-table-minsk', to: 'topic:diagnostics', evidence: 'от современных методов диагностики'},
  {from: 'event:2025-round-table-minsk', to: 'topic:cancer-treatment', evidence: 'перспективных подходов к лечению'},
  {from: 'event:2025-round-table-minsk', to: 'topic:rehabilitation', evidence: 'до реабилитации онкологических пациентов'},
  {from: 'event:2025-round-table-minsk', to: 'topic:digitalization', evidence: 'Особое внимание было уделено вопросам цифровизации в здравоохранении'},
  {from: 'event:2025-round-table-minsk', to: 'topic:medical-information-systems', evidence: 'внедрению медицинских информационных систем'},
  {from: 'event:2025-round-table-minsk', to: 'topic:process-automation', evidence: 'автоматизации процессов'},
  {from: 'event:2025-round-table-minsk', to: 'topic:telemedicine', evidence: 'поддержке телемедицинских консультаций'},
  {from: 'program:spb-minsk-joint-oncology-initiatives', to: 'topic:oncology', evidence: 'определения новых направлений развития онкологической помощи в рамках двустороннего развития'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
WITH r, row, 'source:000' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:000' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATES_IN
UNWIND [
  {from: 'institution:minsk-city-clinical-oncology-center', to: 'program:spb-minsk-joint-oncology-initiatives', role: 'партнер', roleEn: 'partner', status: 'PLANNED', evidence: 'закрепил ориентацию на развитие совместных образовательных, исследовательских и клинических инициатив'},
  {from: 'institution:napalkov-oncology-center', to: 'program:spb-minsk-joint-oncology-initiatives', role: 'партнер', roleEn: 'partner', status: 'PLANNED', evidence: 'закрепил ориентацию на развитие совместных образовательных, исследовательских и клинических инициатив'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
WITH r, row, 'source:000' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.status = row.status, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:000' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// COOPERATES_WITH
UNWIND [
  {from: 'institution:minsk-city-clinical-oncology-center', to: 'institution:napalkov-oncology-center', status: 'ACTIVE', subject: 'медицинское партнерство в области диагностики и лечения онкологических заболеваний', subjectEn: 'medical partnership in the diagnosis and treatment of cancer', evidence: 'Это событие стало знаковым этапом в укреплении медицинского партнерства'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH]->(b)
WITH r, row, 'source:000' IN coalesce(r.sources, []) AS seen
SET r.status = row.status, r.subject = row.subject, r.subjectEn = row.subjectEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:000' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;
