// Facts of 001_de173161099be30f.txt (В Совете Республики состоялась встреча медиков Санкт-Петербурга с представителями учреждений здравоохранения Беларуси и сенаторами), provenance source:001.

// Source
MERGE (s:Source {id: 'source:001'})
SET s.kind = 'DOCUMENT',
    s.title = 'В Совете Республики состоялась встреча медиков Санкт-Петербурга с представителями учреждений здравоохранения Беларуси и сенаторами',
    s.titleEn = 'Meeting of Saint Petersburg doctors with representatives of Belarusian healthcare institutions and senators held at the Council of the Republic',
    s.publishedOnNote = 'в тексте нет даты публикации, дата события 15 июля 2025',
    s.language = 'ru',
    s.file = '001_de173161099be30f.txt';

// Cities and countries named (nodes come from V0002 reference data)
UNWIND [
  {id: 'city:saint-petersburg', evidence: 'встреча медиков Санкт-Петербурга'},
  {id: 'city:minsk', evidence: 'главный врач Минского городского клинического онкологического центра'},
  {id: 'country:belarus', evidence: 'представителями учреждений здравоохранения Беларуси'},
  {id: 'country:russia', evidence: 'Северо-западного федерального округа Российской Федерации'}
] AS row
MATCH (n:Entity {id: row.id})
MATCH (s:Source {id: 'source:001'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// People
UNWIND [
  {id: 'person:kondratovich-viktor', name: 'Виктор Кондратович', nameEn: 'Viktor Kondratovich', aliases: [], aliasesEn: [], titles: [], titlesEn: [], evidence: 'главный врач Минского городского клинического онкологического центра Виктор Кондратович'},
  {id: 'person:sivets-sergey', name: 'Сергей Сивец', nameEn: 'Sergey Sivets', aliases: [], aliasesEn: [], titles: [], titlesEn: [], evidence: 'Мероприятие провел председатель Постоянной комиссии Совета Республики по образованию, науке, культуре и социальному развитию Сергей Сивец'},
  {id: 'person:khubulava-gennadiy', name: 'Геннадий Хубулава', nameEn: 'Gennadiy Khubulava', aliases: [], aliasesEn: [], titles: ['главный кардиохирург Санкт-Петербурга и Северо-Западного федерального округа Российской Федерации', 'академик Российской академии наук'], titlesEn: ['Chief Cardiac Surgeon of Saint Petersburg and the North-Western Federal District of the Russian Federation', 'Academician of the Russian Academy of Sciences'], evidence: 'академик Российской академии наук Геннадий Хубулава'}
] AS row
MERGE (n:Entity:Person {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.titles = row.titles,
    n.titlesEn = row.titlesEn
WITH n, row
MATCH (s:Source {id: 'source:001'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Institutions
UNWIND [
  {id: 'institution:council-of-the-republic', name: 'Совет Республики', nameEn: 'Council of the Republic', aliases: [], aliasesEn: [], kind: 'PARLIAMENT', evidence: 'В Совете Республики состоялась встреча'},
  {id: 'institution:council-of-the-republic-education-commission', name: 'Постоянная комиссия Совета Республики по образованию, науке, культуре и социальному развитию', nameEn: 'Standing Commission of the Council of the Republic on Education, Science, Culture and Social Development', aliases: [], aliasesEn: [], kind: 'PARLIAMENT', evidence: 'председатель Постоянной комиссии Совета Республики по образованию, науке, культуре и социальному развитию'},
  {id: 'institution:minsk-city-clinical-oncology-center', name: 'Минский городской клинический онкологический центр', nameEn: 'Minsk City Clinical Oncology Centre', aliases: ['УЗ «Минский городской клинический онкологический центр»'], aliasesEn: ['Minsk City Clinical Oncology Center'], kind: 'CANCER_CENTER', evidence: 'главный врач Минского городского клинического онкологического центра'},
  {id: 'institution:napalkov-oncology-center', name: 'Санкт-Петербургский клинический научно-практический центр специализированных видов медицинской помощи (онкологический) им. Н.П. Напалкова', nameEn: 'N. P. Napalkov Saint Petersburg Clinical Research and Practical Centre of Specialized Types of Medical Care (Oncological)', aliases: ['ГБУЗ «Санкт-Петербургский клинический научно-практический центр специализированных видов медицинской помощи (онкологический) им. Н.П. Напалкова»', 'Санкт-Петербургский клинический научно-практический центр специализированных видов медпомощи (онкологической) имени Н.П.Напалкова'], aliasesEn: ['Napalkov Oncology Centre'], kind: 'CANCER_CENTER', evidence: 'Санкт-Петербургского клинического научно-практического центра специализированных видов медпомощи (онкологической) имени Н.П.Напалкова'},
  {id: 'institution:spb-childrens-high-tech-medical-center', name: 'Детский городской многопрофильный клинический специализированный центр высоких медтехнологий', nameEn: 'Children\'s City Multidisciplinary Clinical Specialized Centre of High Medical Technologies', aliases: [], aliasesEn: [], kind: 'HOSPITAL', evidence: 'Детского городского многопрофильного клинического специализированного центра высоких медтехнологий'},
  {id: 'institution:international-heart-center', name: 'Международный центр сердца', nameEn: 'International Heart Centre', aliases: [], aliasesEn: [], kind: 'HOSPITAL', evidence: 'Международного центра сердца'},
  {id: 'institution:russian-academy-of-sciences', name: 'Российская академия наук', nameEn: 'Russian Academy of Sciences', aliases: ['РАН'], aliasesEn: ['RAS'], kind: 'ACADEMY', evidence: 'академик Российской академии наук'},
  {id: 'institution:ministry-of-health-belarus', name: 'Министерство здравоохранения', nameEn: 'Ministry of Health of the Republic of Belarus', aliases: [], aliasesEn: [], kind: 'MINISTRY', evidence: 'после разрешения Министерства здравоохранения'},
  {id: 'institution:republican-cardiology-center', name: 'Республиканский центр кардиологии', nameEn: 'Republican Cardiology Centre', aliases: [], aliasesEn: [], kind: 'HOSPITAL', evidence: 'Сегодня мы успели побывать в Республиканском центре кардиологии'}
] AS row
MERGE (n:Entity:Institution {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind
WITH n, row
MATCH (s:Source {id: 'source:001'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Associations and unions
UNWIND [
  {id: 'association:union-state', name: 'Союзное государство', nameEn: 'Union State', aliases: ['Союзное Государство'], aliasesEn: ['Union State of Russia and Belarus'], kind: 'INTERSTATE_UNION', evidence: 'прорабатывается в рамках Союзного государства'}
] AS row
MERGE (n:Entity:Association {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn,
    n.kind = row.kind
WITH n, row
MATCH (s:Source {id: 'source:001'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Programs and projects
UNWIND [
  {id: 'program:cell-technologies-cooperation', name: 'Сотрудничество в области персонализации лечения онкологических заболеваний с использованием медико-биологических клеточных технологий', nameEn: 'Cooperation on personalized cancer treatment using biomedical cell technologies', aliases: [], aliasesEn: [], kind: 'COOPERATION_PROGRAM', status: 'PLANNED', description: 'Новое направление сотрудничества с российскими коллегами: персонализация лечения онкологических заболеваний с применением медико-биологических клеточных технологий и иммунотерапии без отказа от традиционных методов. Минский городской клинический онкологический центр после разрешения Министерства здравоохранения может стать клинической базой, вопрос прорабатывается в рамках Союзного государства для подписания соглашения.', descriptionEn: 'A new direction of cooperation with Russian colleagues: personalized cancer treatment using biomedical cell technologies and immunotherapy alongside traditional methods. With the permission of the Ministry of Health the Minsk City Clinical Oncology Centre may become the clinical base, and the matter is being worked out within the Union State with a view to signing an agreement.', evidence: 'будут применяться подходы с использованием медико-биологических клеточных технологий'},
  {id: 'program:spb-belarus-joint-training-conferences', name: 'Совместные конференции и заседания по развитию учебных технологий', nameEn: 'Joint conferences and meetings on the development of training technologies', aliases: [], aliasesEn: [], kind: 'EDUCATION_SERIES', status: 'PLANNED', description: 'Планируемые совместные конференции и заседания петербургских и белорусских медиков по развитию различных учебных технологий.', descriptionEn: 'Planned joint conferences and meetings of Saint Petersburg and Belarusian doctors on developing various training technologies.', evidence: 'планируется проведение совместных конференций и заседаний по развитию различных учебных технологий'}
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
MATCH (s:Source {id: 'source:001'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Topics
UNWIND [
  {id: 'topic:oncology', name: 'онкология', nameEn: 'Oncology', aliases: [], aliasesEn: [], evidence: 'взаимодействие в области онкологии и кардиологии'},
  {id: 'topic:cardiology', name: 'кардиология', nameEn: 'Cardiology', aliases: [], aliasesEn: [], evidence: 'взаимодействие в области онкологии и кардиологии'},
  {id: 'topic:personalized-treatment', name: 'персонализация лечения', nameEn: 'Personalized treatment', aliases: [], aliasesEn: [], evidence: 'над персонализацией лечения онкологических заболеваний'},
  {id: 'topic:cell-technologies', name: 'клеточные технологии', nameEn: 'Cell technologies', aliases: [], aliasesEn: [], evidence: 'медико-биологических клеточных технологий'},
  {id: 'topic:immunotherapy', name: 'иммунотерапия', nameEn: 'Immunotherapy', aliases: [], aliasesEn: [], evidence: 'использовать иммунотерапию'},
  {id: 'topic:chemotherapy', name: 'химиотерапия', nameEn: 'Chemotherapy', aliases: [], aliasesEn: [], evidence: 'такие как химиотерапия, радиология'},
  {id: 'topic:radiology', name: 'радиология', nameEn: 'Radiology', aliases: [], aliasesEn: [], evidence: 'такие как химиотерапия, радиология'},
  {id: 'topic:medical-education', name: 'обучение врачей', nameEn: 'Medical training', aliases: [], aliasesEn: [], evidence: 'о дальнейшем развитии технологий обучения врачей'},
  {id: 'topic:postgraduate-education', name: 'постдипломное образование', nameEn: 'Postgraduate medical education', aliases: [], aliasesEn: [], evidence: 'постдипломном образовании как в Беларуси, так и в России'},
  {id: 'topic:artificial-intelligence', name: 'искусственный интеллект', nameEn: 'Artificial intelligence', aliases: [], aliasesEn: [], evidence: 'с использованием искусственного интеллекта'},
  {id: 'topic:cancer-treatment', name: 'лечение онкологических заболеваний', nameEn: 'Cancer treatment', aliases: [], aliasesEn: [], evidence: 'над персонализацией лечения онкологических заболеваний'}
] AS row
MERGE (n:Entity:Topic {id: row.id})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.aliasesEn = row.aliasesEn
WITH n, row
MATCH (s:Source {id: 'source:001'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Events
UNWIND [
  {id: 'event:2025-council-of-the-republic-meeting', name: 'Встреча медиков Санкт-Петербурга с представителями учреждений здравоохранения Беларуси и сенаторами', nameEn: 'Meeting of Saint Petersburg doctors with representatives of Belarusian healthcare institutions and senators', aliases: [], aliasesEn: [], kind: 'MEETING', date: date('2025-07-15'), datePrecision: 'DAY', dateRelative: false, status: 'HELD', outcome: 'Обсуждено взаимодействие в области онкологии и кардиологии. Планируется работа над персонализацией лечения онкологических заболеваний с использованием клеточных технологий и проведение совместных конференций и заседаний по развитию учебных технологий.', outcomeEn: 'Cooperation in oncology and cardiology was discussed. Work on personalized cancer treatment using cell technologies and joint conferences and meetings on training technologies are planned.', evidence: '15 июля 2025 г. в Совете Республики состоялась встреча'},
  {id: 'event:2025-spb-doctors-visit-republican-cardiology-center', name: 'Посещение петербургскими медиками Республиканского центра кардиологии', nameEn: 'Visit of Saint Petersburg doctors to the Republican Cardiology Centre', aliases: [], aliasesEn: [], kind: 'VISIT', date: date('2025-07-15'), datePrecision: 'DAY', dateRelative: true, dateText: 'Сегодня', status: 'HELD', outcome: 'Обсуждено дальнейшее развитие технологий обучения врачей и постдипломного образования в Беларуси и России.', outcomeEn: 'Further development of doctor training technologies and postgraduate education in Belarus and Russia was discussed.', evidence: 'Сегодня мы успели побывать в Республиканском центре кардиологии'}
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
    n.outcomeEn = row.outcomeEn
WITH n, row
MATCH (s:Source {id: 'source:001'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// AFFILIATED_WITH
UNWIND [
  {from: 'person:kondratovich-viktor', to: 'institution:minsk-city-clinical-oncology-center', role: 'главный врач', roleEn: 'chief physician', evidence: 'главный врач Минского городского клинического онкологического центра Виктор Кондратович'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// MEMBER_OF
UNWIND [
  {from: 'person:kondratovich-viktor', to: 'institution:council-of-the-republic', role: 'член Совета Республики', roleEn: 'member of the Council of the Republic', evidence: 'член Совета Республики, главный врач Минского городского клинического онкологического центра Виктор Кондратович'},
  {from: 'person:sivets-sergey', to: 'institution:council-of-the-republic-education-commission', role: 'председатель', roleEn: 'chairman', evidence: 'председатель Постоянной комиссии Совета Республики по образованию, науке, культуре и социальному развитию Сергей Сивец'},
  {from: 'person:khubulava-gennadiy', to: 'institution:russian-academy-of-sciences', role: 'академик', roleEn: 'academician', evidence: 'академик Российской академии наук Геннадий Хубулава'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PART_OF
UNWIND [
  {from: 'institution:council-of-the-republic-education-commission', to: 'institution:council-of-the-republic', evidence: 'Постоянной комиссии Совета Республики'},
  {from: 'program:cell-technologies-cooperation', to: 'association:union-state', evidence: 'этот вопрос в том числе прорабатывается в рамках Союзного государства, чтобы в дальнейшем подписать соответствующее соглашение'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// LOCATED_IN
UNWIND [
  {from: 'institution:minsk-city-clinical-oncology-center', to: 'city:minsk', evidence: 'Минского городского клинического онкологического центра'},
  {from: 'institution:napalkov-oncology-center', to: 'city:saint-petersburg', evidence: 'Санкт-Петербургского клинического научно-практического центра специализированных видов медпомощи (онкологической) имени Н.П.Напалкова'},
  {from: 'institution:spb-childrens-high-tech-medical-center', to: 'city:saint-petersburg', evidence: 'встреча медиков Санкт-Петербурга'},
  {from: 'institution:international-heart-center', to: 'city:saint-petersburg', evidence: 'встреча медиков Санкт-Петербурга'},
  {from: 'institution:council-of-the-republic', to: 'country:belarus', evidence: 'В Совете Республики состоялась встреча медиков Санкт-Петербурга с представителями учреждений здравоохранения Беларуси и сенаторами'},
  {from: 'institution:russian-academy-of-sciences', to: 'country:russia', evidence: 'академик Российской академии наук'},
  {from: 'institution:republican-cardiology-center', to: 'country:belarus', evidence: 'Сегодня мы успели побывать в Республиканском центре кардиологии'},
  {from: 'institution:ministry-of-health-belarus', to: 'country:belarus', evidence: 'Наше учреждение после разрешения Министерства здравоохранения может стать клинической базой'},
  {from: 'event:2025-council-of-the-republic-meeting', to: 'country:belarus', evidence: 'В Совете Республики состоялась встреча медиков Санкт-Петербурга с представителями учреждений здравоохранения Беларуси и сенаторами'},
  {from: 'event:2025-spb-doctors-visit-republican-cardiology-center', to: 'country:belarus', evidence: 'Сегодня мы успели побывать в Республиканском центре кардиологии'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// HOSTED_BY
UNWIND [
  {from: 'event:2025-council-of-the-republic-meeting', to: 'person:sivets-sergey', role: 'провел', roleEn: 'chaired', evidence: 'Мероприятие провел председатель Постоянной комиссии Совета Республики по образованию, науке, культуре и социальному развитию Сергей Сивец'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:HOSTED_BY]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// TOOK_PLACE_AT
UNWIND [
  {from: 'event:2025-council-of-the-republic-meeting', to: 'institution:council-of-the-republic', evidence: '15 июля 2025 г. в Совете Республики состоялась встреча'},
  {from: 'event:2025-spb-doctors-visit-republican-cardiology-center', to: 'institution:republican-cardiology-center', evidence: 'Сегодня мы успели побывать в Республиканском центре кардиологии'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:TOOK_PLACE_AT]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATED_IN
UNWIND [
  {from: 'institution:council-of-the-republic', to: 'event:2025-council-of-the-republic-meeting', role: 'члены Совета Республики', roleEn: 'members of the Council of the Republic', evidence: 'учреждений здравоохранения Беларуси и членов Совета Республики'},
  {from: 'country:belarus', to: 'event:2025-council-of-the-republic-meeting', role: 'представители учреждений здравоохранения', roleEn: 'representatives of healthcare institutions', evidence: 'с представителями учреждений здравоохранения Беларуси и сенаторами'},
  {from: 'institution:napalkov-oncology-center', to: 'event:2025-council-of-the-republic-meeting', role: 'руководители', roleEn: 'heads', evidence: 'с руководителями Санкт-Петербургского клинического научно-практического центра специализированных видов медпомощи (онкологической) имени Н.П.Напалкова'},
  {from: 'institution:spb-childrens-high-tech-medical-center', to: 'event:2025-council-of-the-republic-meeting', role: 'руководители', roleEn: 'heads', evidence: 'Детского городского многопрофильного клинического специализированного центра высоких медтехнологий'},
  {from: 'institution:international-heart-center', to: 'event:2025-council-of-the-republic-meeting', role: 'руководители', roleEn: 'heads', evidence: 'Международного центра сердца'},
  {from: 'person:sivets-sergey', to: 'event:2025-council-of-the-republic-meeting', role: 'председательствующий', roleEn: 'chair', evidence: 'Мероприятие провел председатель Постоянной комиссии Совета Республики по образованию, науке, культуре и социальному развитию Сергей Сивец'},
  {from: 'person:kondratovich-viktor', to: 'event:2025-council-of-the-republic-meeting', role: 'участник', roleEn: 'participant', evidence: 'По итогам обсуждения член Совета Республики, главный врач Минского городского клинического онкологического центра Виктор Кондратович отметил'},
  {from: 'person:khubulava-gennadiy', to: 'event:2025-council-of-the-republic-meeting', role: 'участник', roleEn: 'participant', evidence: 'В свою очередь главный кардиохирург Санкт Петербурга'},
  {from: 'person:khubulava-gennadiy', to: 'event:2025-spb-doctors-visit-republican-cardiology-center', role: 'участник', roleEn: 'participant', evidence: 'Сегодня мы успели побывать в Республиканском центре кардиологии'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// ABOUT
UNWIND [
  {from: 'event:2025-council-of-the-republic-meeting', to: 'topic:oncology', evidence: 'Главными темами встречи стало взаимодействие в области онкологии и кардиологии'},
  {from: 'event:2025-council-of-the-republic-meeting', to: 'topic:cardiology', evidence: 'Главными темами встречи стало взаимодействие в области онкологии и кардиологии'},
  {from: 'event:2025-spb-doctors-visit-republican-cardiology-center', to: 'topic:medical-education', evidence: 'там мы говорили о дальнейшем развитии технологий обучения врачей'},
  {from: 'event:2025-spb-doctors-visit-republican-cardiology-center', to: 'topic:postgraduate-education', evidence: 'постдипломном образовании как в Беларуси, так и в России'},
  {from: 'event:2025-spb-doctors-visit-republican-cardiology-center', to: 'topic:artificial-intelligence', evidence: 'для обучения в том числе с использованием искусственного интеллекта'},
  {from: 'program:cell-technologies-cooperation', to: 'topic:personalized-treatment', evidence: 'над персонализацией лечения онкологических заболеваний'},
  {from: 'program:cell-technologies-cooperation', to: 'topic:cancer-treatment', evidence: 'над персонализацией лечения онкологических заболеваний'},
  {from: 'program:cell-technologies-cooperation', to: 'topic:cell-technologies', evidence: 'будут применяться подходы с использованием медико-биологических клеточных технологий'},
  {from: 'program:cell-technologies-cooperation', to: 'topic:immunotherapy', evidence: 'использовать иммунотерапию'},
  {from: 'program:cell-technologies-cooperation', to: 'topic:chemotherapy', evidence: 'не исключая традиционные методы лечения, такие как химиотерапия, радиология'},
  {from: 'program:cell-technologies-cooperation', to: 'topic:radiology', evidence: 'не исключая традиционные методы лечения, такие как химиотерапия, радиология'},
  {from: 'program:spb-belarus-joint-training-conferences', to: 'topic:medical-education', evidence: 'заседаний по развитию различных учебных технологий'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// PARTICIPATES_IN
UNWIND [
  {from: 'institution:minsk-city-clinical-oncology-center', to: 'program:cell-technologies-cooperation', role: 'клиническая база', roleEn: 'clinical base', status: 'PLANNED', evidence: 'Наше учреждение после разрешения Министерства здравоохранения может стать клинической базой для развития таких клеточных технологий'},
  {from: 'country:russia', to: 'program:cell-technologies-cooperation', role: 'российские коллеги', roleEn: 'Russian colleagues', status: 'PLANNED', evidence: 'сотрудничество с российскими коллегами ведется уже не первый год'},
  {from: 'country:belarus', to: 'program:spb-belarus-joint-training-conferences', role: 'белорусские медики', roleEn: 'Belarusian doctors', status: 'PLANNED', evidence: 'с белорусскими медиками планируется проведение совместных конференций'},
  {from: 'person:khubulava-gennadiy', to: 'program:spb-belarus-joint-training-conferences', role: 'петербургская сторона', roleEn: 'Saint Petersburg side', status: 'PLANNED', evidence: 'По словам главного кардиохирурга Санкт-Петербурга, с белорусскими медиками планируется проведение совместных конференций'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.role = row.role, r.roleEn = row.roleEn, r.status = row.status, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

// COOPERATES_WITH
UNWIND [
  {from: 'institution:minsk-city-clinical-oncology-center', to: 'country:russia', status: 'ACTIVE', subject: 'сотрудничество с российскими коллегами в области онкологии', subjectEn: 'cooperation with Russian colleagues in oncology', evidence: 'сотрудничество с российскими коллегами ведется уже не первый год'},
  {from: 'person:khubulava-gennadiy', to: 'country:belarus', status: 'PLANNED', subject: 'совместные конференции и заседания по развитию учебных технологий', subjectEn: 'joint conferences and meetings on developing training technologies', evidence: 'с белорусскими медиками планируется проведение совместных конференций и заседаний по развитию различных учебных технологий'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH]->(b)
WITH r, row, 'source:001' IN coalesce(r.sources, []) AS seen
SET r.status = row.status, r.subject = row.subject, r.subjectEn = row.subjectEn, r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:001' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;
