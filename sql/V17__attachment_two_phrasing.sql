-- "附件二是什么" asks what the attachment is: the entry on the attachments names it outright
-- (附件二《国民经济行业分类与代码（GB4754-2011）——制造业》); the entry on filling in the service
-- industries only refers to it. The phrasing was seeded under the latter.
UPDATE policy_question
SET entry_id = (SELECT id FROM (SELECT id FROM policy_entry WHERE topic_key = 'attachments') a)
WHERE text = '附件二是什么'
  AND entry_id = (SELECT id FROM (SELECT id FROM policy_entry WHERE topic_key = 'industries') i)
  AND EXISTS (SELECT 1 FROM (SELECT id FROM policy_entry WHERE topic_key = 'attachments') a2);
