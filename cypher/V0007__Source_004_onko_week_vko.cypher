// OncoGraph - facts of source:004 (004_c34160f86060da90.txt, no date, no publisher named):
// the scientific-practical conference "ONKO WEEK VKO" at the East Kazakhstan Multidisciplinary Center of
// Oncology and Surgery - 13 operations by the centre and invited doctors from Almaty, Astana, Tbilisi and
// Saint Petersburg, about 30 surgeons from the regions of Kazakhstan, three days of talks.
// Data model: see MODEL.md. Every statement is idempotent (MERGE by id, provenance idiom).

// Source node of this document
MERGE (s:Source {id: 'source:004'})
SET s.kind = 'DOCUMENT',
    s.title = 'Итоги научно-практической конференции «ONKO WEEK VKO» в ВКО Многопрофильном центре онкологии и хирургии',
    s.titleIsDescriptive = true,
    s.titleEn = 'Results of the ONKO WEEK VKO scientific-practical conference at the East Kazakhstan Multidisciplinary Center of Oncology and Surgery',
    s.publishedOnNote = 'в тексте нет даты публикации и даты конференции',
    s.language = 'ru',
    s.file = '004_c34160f86060da90.txt';

// People
UNWIND [
  {id: 'person:sagidullina-gulmira', name: 'Гульмира Сагидуллина', nameEn: 'Gulʹmira Sagidullina', aliases: [],
   aliasesEn: [], titles: [], titlesEn: [],
   evidence: 'директор ВКО Многопрофильного центра онкологии и хирургии Гульмира Сагидуллина'},
  {id: 'person:nikoleishvili-david', name: 'Давид Николеишвили', nameEn: 'David Nikoleishvili', aliases: [],
   aliasesEn: [], titles: ['доктор медицинских наук'], titlesEn: ['Doctor of Medical Sciences'],
   evidence: 'Руководитель урологического направления Американского госпиталя Тбилиси, доктор медицинских наук Давид Николеишвили'},
  {id: 'person:nefedov-andrey', name: 'Андрей Нефедов', nameEn: 'Andrey Nefedov', aliases: [], aliasesEn: [],
   titles: ['врач-онколог высшей категории'], titlesEn: ['Oncologist of the highest qualification category'],
   evidence: 'врач-онколог высшей категории, торокальный хирург Санкт-Петербургского НИИ фтизиопульмонологии Андрей Нефедов'},
  {id: 'person:umurzakov-khusan', name: 'Хусан Умурзаков', nameEn: 'Khusan Umurzakov', aliases: [], aliasesEn: [],
   titles: ['доктор медицинских наук'], titlesEn: ['Doctor of Medical Sciences'],
   evidence: 'заведующий центром онкоурологии КазНИИОиР, доктор медицинских наук Хусан Умурзаков'}
] AS row
MERGE (n:Entity:Person {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.titles = row.titles,
    n.titlesEn = row.titlesEn
WITH n, row
MATCH (s:Source {id: 'source:004'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Institutions
UNWIND [
  {id: 'institution:east-kazakhstan-oncology-and-surgery-center',
   name: 'ВКО Многопрофильный центр онкологии и хирургии',
   nameEn: 'East Kazakhstan Region Multidisciplinary Center of Oncology and Surgery',
   aliases: ['Онкоцентр', 'Онкоцентр Восточного Казахстана'],
   aliasesEn: ['EKR Multidisciplinary Center of Oncology and Surgery', 'East Kazakhstan Oncology Center'],
   kind: 'CANCER_CENTER', region: 'Восточно-Казахстанская область',
   evidence: 'В ВКО Многопрофильном центре онкологии и хирургии подвели итоги'},
  {id: 'institution:american-hospital-tbilisi', name: 'Американский госпиталь Тбилиси',
   nameEn: 'American Hospital Tbilisi', aliases: [], aliasesEn: [], kind: 'HOSPITAL',
   evidence: 'Руководитель урологического направления Американского госпиталя Тбилиси'},
  {id: 'institution:saint-petersburg-research-institute-of-phthisiopulmonology',
   name: 'Санкт-Петербургский научно-исследовательский институт фтизиопульмонологии',
   nameEn: 'Saint Petersburg Research Institute of Phthisiopulmonology',
   aliases: ['Санкт-Петербургский НИИ фтизиопульмонологии'],
   aliasesEn: ['St. Petersburg Research Institute of Phthisiopulmonology'], kind: 'RESEARCH_INSTITUTE',
   evidence: 'торокальный хирург Санкт-Петербургского НИИ фтизиопульмонологии Андрей Нефедов'},
  {id: 'institution:kazakh-research-institute-of-oncology-and-radiology',
   name: 'Казахский научно-исследовательский институт онкологии и радиологии',
   nameEn: 'Kazakh Research Institute of Oncology and Radiology', aliases: ['КазНИИОиР'],
   aliasesEn: ['KazIOR', 'KazNIIOiR'], kind: 'RESEARCH_INSTITUTE',
   evidence: 'заведующий центром онкоурологии КазНИИОиР'}
] AS row
MERGE (n:Entity:Institution {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind,
    n.region = row.region
WITH n, row
MATCH (s:Source {id: 'source:004'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Topics (may be shared with other sources: ON CREATE SET, the first script that creates a node defines it)
UNWIND [
  {id: 'topic:oncourology', name: 'онкоурология', nameEn: 'Urologic oncology', aliases: [],
   aliasesEn: ['Oncourology'], evidence: 'операций в области онкоурологии'},
  {id: 'topic:oncogynecology', name: 'онкогинекология', nameEn: 'Gynecologic oncology', aliases: [],
   aliasesEn: ['Oncogynecology'], evidence: 'онкогинекологии и торокальной хирургии'},
  {id: 'topic:thoracic-surgery', name: 'торакальная хирургия', nameEn: 'Thoracic surgery', aliases: [],
   aliasesEn: [], evidence: 'онкогинекологии и торокальной хирургии'},
  {id: 'topic:minimally-invasive-surgery', name: 'малоинвазивная хирургия', nameEn: 'Minimally invasive surgery',
   aliases: ['малоинвазивные операции'], aliasesEn: ['Minimally invasive operations'],
   evidence: 'опыт проведения высокотехнологичных, малоинвазивных операций'},
  {id: 'topic:plastic-surgery', name: 'пластическая хирургия', nameEn: 'Plastic surgery',
   aliases: ['пластические операции'], aliasesEn: ['Plastic operations'],
   evidence: 'Специалисты проводят малоинвазивные, пластические операции в области онкоурологии'},
  {id: 'topic:high-tech-medical-care', name: 'высокотехнологичная медицинская помощь',
   nameEn: 'High-tech medical care', aliases: [], aliasesEn: [],
   evidence: 'мы делаем высокотехнологичную медицинскую помощь доступной для казахстанцев'},
  {id: 'topic:oncosurgery', name: 'онкохирургия', nameEn: 'Surgical oncology', aliases: [],
   aliasesEn: ['Oncosurgery'], evidence: 'на современные темы онкохирургии'},
  {id: 'topic:cancer-treatment', name: 'лечение онкологических заболеваний', nameEn: 'Cancer treatment',
   aliases: [], aliasesEn: [], evidence: 'обсуждали современные методы лечения злокачественных новообразований'},
  {id: 'topic:drug-therapy', name: 'лекарственная терапия', nameEn: 'Drug therapy',
   aliases: ['применение лекарственных препаратов'], aliasesEn: ['Use of medicinal drugs'],
   evidence: 'делились опытом применения лекарственных препаратов'},
  {id: 'topic:medical-education', name: 'обучение врачей', nameEn: 'Medical training', aliases: [], aliasesEn: [],
   evidence: 'Онкоцентр стал обучающей платформой для хирургов со всего Казахстана'}
] AS row
MERGE (n:Entity:Topic {id: row.id})
ON CREATE SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn
WITH n, row
MATCH (s:Source {id: 'source:004'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Events
UNWIND [
  {id: 'event:onko-week-vko', name: 'Научно-практическая конференция «ONKO WEEK VKO»',
   nameEn: 'ONKO WEEK VKO scientific-practical conference', aliases: ['ONKO WEEK VKO'],
   aliasesEn: ['ONKO WEEK VKO'], kind: 'CONFERENCE', status: 'HELD',
   outcome: 'Проведено 13 операций в области онкоурологии, онкогинекологии и торакальной хирургии, около 30 хирургов из регионов Казахстана переняли опыт высокотехнологичных малоинвазивных операций, гости высоко оценили оснащение Онкоцентра и квалификацию специалистов и выразили надежду на дальнейшее сотрудничество.',
   outcomeEn: '13 operations in urologic oncology, gynecologic oncology and thoracic surgery were performed, about 30 surgeons from the regions of Kazakhstan learned high-tech minimally invasive surgery, the guests praised the equipment of the centre and the skills of its specialists and hoped for further cooperation.',
   evidence: 'подвели итоги научно-практической конференции «ONKO WEEK VKO»'},
  {id: 'event:onko-week-vko-operations', name: '13 операций в рамках конференции «ONKO WEEK VKO»',
   nameEn: '13 operations during the ONKO WEEK VKO conference', aliases: [], aliasesEn: [], kind: 'SURGERY',
   status: 'HELD', count: 13,
   outcome: 'Специалисты Онкоцентра и приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга провели 13 операций, прибывшие хирурги наблюдали за ними вживую и онлайн и задавали вопросы оперирующим бригадам.',
   outcomeEn: 'Specialists of the centre and invited doctors from Almaty, Astana, Tbilisi and Saint Petersburg performed 13 operations, the visiting surgeons watched them live and online and asked the operating teams questions.',
   evidence: 'провели 13 операций в области онкоурологии, онкогинекологии и торокальной хирургии'},
  {id: 'event:onko-week-vko-talks', name: 'Доклады и обсуждения конференции «ONKO WEEK VKO» (три дня)',
   nameEn: 'Talks and discussions of the ONKO WEEK VKO conference (three days)', aliases: [], aliasesEn: [],
   kind: 'OTHER', status: 'HELD',
   outcome: 'В течение трех дней участники выступали с докладами на современные темы онкохирургии, обсуждали современные методы лечения злокачественных новообразований и делились опытом применения лекарственных препаратов.',
   outcomeEn: 'Over three days the participants gave talks on current topics of surgical oncology, discussed modern treatment methods for malignant neoplasms and shared experience in the use of drugs.',
   evidence: 'В течение трех дней участники мероприятия также выступали с докладами на современные темы онкохирургии'}
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
MATCH (s:Source {id: 'source:004'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Cities and countries (reference data, V0002): only this document's MENTIONS
UNWIND [
  {id: 'city:almaty', evidence: 'приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга'},
  {id: 'city:astana', evidence: 'приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга'},
  {id: 'city:tbilisi', evidence: 'приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга'},
  {id: 'city:saint-petersburg', evidence: 'приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга'},
  {id: 'country:kazakhstan', evidence: 'обучающей платформой для хирургов со всего Казахстана'}
] AS row
MATCH (n:Entity {id: row.id}), (s:Source {id: 'source:004'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// AFFILIATED_WITH -- past: true marks a former position
UNWIND [
  {from: 'person:sagidullina-gulmira', to: 'institution:east-kazakhstan-oncology-and-surgery-center',
   role: 'директор', roleEn: 'director',
   evidence: 'директор ВКО Многопрофильного центра онкологии и хирургии Гульмира Сагидуллина'},
  {from: 'person:nikoleishvili-david', to: 'institution:american-hospital-tbilisi',
   role: 'руководитель урологического направления', roleEn: 'head of urology',
   evidence: 'Руководитель урологического направления Американского госпиталя Тбилиси, доктор медицинских наук Давид Николеишвили'},
  {from: 'person:nefedov-andrey', to: 'institution:saint-petersburg-research-institute-of-phthisiopulmonology',
   role: 'торакальный хирург', roleEn: 'thoracic surgeon',
   evidence: 'врач-онколог высшей категории, торокальный хирург Санкт-Петербургского НИИ фтизиопульмонологии Андрей Нефедов'},
  {from: 'person:umurzakov-khusan', to: 'institution:kazakh-research-institute-of-oncology-and-radiology',
   role: 'заведующий центром онкоурологии', roleEn: 'head of the oncourology centre',
   evidence: 'заведующий центром онкоурологии КазНИИОиР, доктор медицинских наук Хусан Умурзаков'},
  {from: 'person:umurzakov-khusan', to: 'institution:east-kazakhstan-oncology-and-surgery-center',
   role: 'сотрудник (13 лет, в прошлом)', roleEn: 'staff member (13 years, former)', past: true,
   evidence: 'Я сам отработал 13 лет в Онкоцентре Восточного Казахстана'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
WITH r, row, 'source:004' IN coalesce(r.sources, []) AS seen
SET r.role = row.role,
    r.roleEn = row.roleEn,
    r.past = row.past,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:004' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PART_OF
UNWIND [
  {from: 'event:onko-week-vko-operations', to: 'event:onko-week-vko',
   evidence: 'В рамках мероприятия специалисты Онкоцентра, а также приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга провели 13 операций'},
  {from: 'event:onko-week-vko-talks', to: 'event:onko-week-vko',
   evidence: 'В течение трех дней участники мероприятия также выступали с докладами на современные темы онкохирургии'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
WITH r, row, 'source:004' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:004' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// LOCATED_IN
UNWIND [
  {from: 'institution:east-kazakhstan-oncology-and-surgery-center', to: 'country:kazakhstan',
   evidence: 'Онкоцентре Восточного Казахстана'},
  {from: 'institution:american-hospital-tbilisi', to: 'city:tbilisi', evidence: 'Американского госпиталя Тбилиси'},
  {from: 'institution:saint-petersburg-research-institute-of-phthisiopulmonology', to: 'city:saint-petersburg',
   evidence: 'Санкт-Петербургского НИИ фтизиопульмонологии'},
  {from: 'institution:kazakh-research-institute-of-oncology-and-radiology', to: 'country:kazakhstan',
   evidence: 'заведующий центром онкоурологии КазНИИОиР'},
  {from: 'event:onko-week-vko', to: 'country:kazakhstan',
   evidence: 'Онкоцентр стал обучающей платформой для хирургов со всего Казахстана'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, row, 'source:004' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:004' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// HOSTED_BY
UNWIND [
  {from: 'event:onko-week-vko', to: 'institution:east-kazakhstan-oncology-and-surgery-center', role: 'проводил',
   roleEn: 'host', evidence: 'позволили нам провести столь масштабное мероприятие'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:HOSTED_BY]->(b)
WITH r, row, 'source:004' IN coalesce(r.sources, []) AS seen
SET r.role = row.role,
    r.roleEn = row.roleEn,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:004' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// TOOK_PLACE_AT
UNWIND [
  {from: 'event:onko-week-vko', to: 'institution:east-kazakhstan-oncology-and-surgery-center',
   evidence: 'В ВКО Многопрофильном центре онкологии и хирургии подвели итоги научно-практической конференции «ONKO WEEK VKO»'},
  {from: 'event:onko-week-vko-operations', to: 'institution:east-kazakhstan-oncology-and-surgery-center',
   evidence: 'Онкоцентр стал обучающей платформой для хирургов'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:TOOK_PLACE_AT]->(b)
WITH r, row, 'source:004' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:004' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATED_IN
UNWIND [
  {from: 'institution:east-kazakhstan-oncology-and-surgery-center', to: 'event:onko-week-vko-operations',
   role: 'оперирующая бригада', roleEn: 'operating team',
   evidence: 'специалисты Онкоцентра, а также приглашенные врачи из Алматы, Астаны, Тбилиси и Санкт-Петербурга провели 13 операций'},
  {from: 'country:kazakhstan', to: 'event:onko-week-vko', role: 'около 30 хирургов из разных регионов страны',
   roleEn: 'about 30 surgeons from various regions of the country',
   evidence: 'Онкоцентр стал обучающей платформой для хирургов со всего Казахстана. На конференцию приехали около 30 врачей из разных регионов страны'},
  {from: 'person:sagidullina-gulmira', to: 'event:onko-week-vko', role: 'директор принимающего центра',
   roleEn: 'director of the host centre',
   evidence: 'позволили нам провести столь масштабное мероприятие, и это для нас большая честь, — сказала директор ВКО Многопрофильного центра онкологии и хирургии Гульмира Сагидуллина'},
  {from: 'person:nikoleishvili-david', to: 'event:onko-week-vko', role: 'приглашенный врач',
   roleEn: 'invited doctor',
   evidence: 'Давид Николеишвили, а также врач-онколог высшей категории, торокальный хирург Санкт-Петербургского НИИ фтизиопульмонологии Андрей Нефедов высоко оценили оснащение Онкоцентра и квалификацию специалистов'},
  {from: 'person:nefedov-andrey', to: 'event:onko-week-vko', role: 'приглашенный врач', roleEn: 'invited doctor',
   evidence: 'Андрей Нефедов высоко оценили оснащение Онкоцентра и квалификацию специалистов'},
  {from: 'person:umurzakov-khusan', to: 'event:onko-week-vko', role: 'участник', roleEn: 'participant',
   evidence: 'Самый большой плюс данных мероприятий — это то, что отечественные и зарубежные хирурги могут делиться опытом друг с другом'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
WITH r, row, 'source:004' IN coalesce(r.sources, []) AS seen
SET r.role = row.role,
    r.roleEn = row.roleEn,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:004' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// ABOUT
UNWIND [
  {from: 'event:onko-week-vko-operations', to: 'topic:oncourology',
   evidence: 'провели 13 операций в области онкоурологии'},
  {from: 'event:onko-week-vko-operations', to: 'topic:oncogynecology',
   evidence: 'провели 13 операций в области онкоурологии, онкогинекологии'},
  {from: 'event:onko-week-vko-operations', to: 'topic:thoracic-surgery',
   evidence: 'провели 13 операций в области онкоурологии, онкогинекологии и торокальной хирургии'},
  {from: 'event:onko-week-vko', to: 'topic:minimally-invasive-surgery',
   evidence: 'чтобы перенять опыт проведения высокотехнологичных, малоинвазивных операций'},
  {from: 'event:onko-week-vko', to: 'topic:high-tech-medical-care',
   evidence: 'чтобы перенять опыт проведения высокотехнологичных, малоинвазивных операций'},
  {from: 'event:onko-week-vko', to: 'topic:plastic-surgery',
   evidence: 'Специалисты проводят малоинвазивные, пластические операции в области онкоурологии, и совместно мы обучали этому других хирургов'},
  {from: 'event:onko-week-vko', to: 'topic:medical-education',
   evidence: 'Онкоцентр стал обучающей платформой для хирургов со всего Казахстана'},
  {from: 'event:onko-week-vko-talks', to: 'topic:oncosurgery',
   evidence: 'выступали с докладами на современные темы онкохирургии'},
  {from: 'event:onko-week-vko-talks', to: 'topic:cancer-treatment',
   evidence: 'обсуждали современные методы лечения злокачественных новообразований'},
  {from: 'event:onko-week-vko-talks', to: 'topic:drug-therapy',
   evidence: 'делились опытом применения лекарственных препаратов'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
WITH r, row, 'source:004' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:004' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// COOPERATES_WITH -- the guests hoped for further cooperation
UNWIND [
  {from: 'person:nikoleishvili-david', to: 'institution:east-kazakhstan-oncology-and-surgery-center',
   status: 'PROPOSED', subject: 'дальнейшее плодотворное сотрудничество',
   subjectEn: 'further fruitful cooperation',
   evidence: 'Давид Николеишвили, а также врач-онколог высшей категории, торокальный хирург Санкт-Петербургского НИИ фтизиопульмонологии Андрей Нефедов высоко оценили оснащение Онкоцентра и квалификацию специалистов, а также выразили надежду на дальнейшее плодотворное сотрудничество'},
  {from: 'person:nefedov-andrey', to: 'institution:east-kazakhstan-oncology-and-surgery-center',
   status: 'PROPOSED', subject: 'дальнейшее плодотворное сотрудничество',
   subjectEn: 'further fruitful cooperation',
   evidence: 'Андрей Нефедов высоко оценили оснащение Онкоцентра и квалификацию специалистов, а также выразили надежду на дальнейшее плодотворное сотрудничество'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH]->(b)
WITH r, row, 'source:004' IN coalesce(r.sources, []) AS seen
SET r.status = row.status,
    r.subject = row.subject,
    r.subjectEn = row.subjectEn,
    r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:004' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;
