-- The issuing authority's name in English beside the Chinese one, as permit types already keep their own names.
-- Empty for an authority an administrator named: pages in English show the Chinese name until one is given.

ALTER TABLE permit_type ADD COLUMN authority_en VARCHAR(200) NULL;

UPDATE permit_type SET authority_en = 'Jinhua Bureau of Natural Resources and Planning'
    WHERE authority = '金华市自然资源和规划局';
UPDATE permit_type SET authority_en = 'Jinhua Construction Bureau (Landscaping)'
    WHERE authority = '金华市建设局（园林绿化）';
UPDATE permit_type SET authority_en = 'Jinhua Comprehensive Administrative Law Enforcement Bureau'
    WHERE authority = '金华市综合行政执法局';
UPDATE permit_type SET authority_en = 'Jinhua Public Security Bureau, Traffic Police Detachment'
    WHERE authority = '金华市公安局交通警察支队';
