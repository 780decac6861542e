-- Who did or reported something (an operator's name, a source's kind and reliability) is kept apart from what
-- happened: operators see both, advocates only what happened.
alter table case_timeline add column attribution text;

update case_timeline set attribution = substring(detail from ' set by .*$'), detail = regexp_replace(detail, ' set by .*$', '')
 where kind = 'OPERATOR' and detail like '% set by %';
update case_timeline set attribution = substring(detail from ', source [^,]*$'), detail = regexp_replace(detail, ', source [^,]*$', '')
 where kind = 'REPORT' and detail like '%, source %';
update case_timeline set attribution = substring(detail from ', by .*$'), detail = regexp_replace(detail, ', by .*$', '')
 where kind = 'CONSENT' and detail like '%, by %';
update case_timeline set attribution = substring(detail from ' by .*$'), detail = regexp_replace(detail, ' by .*$', '')
 where kind = 'APPEAL_SUMMARY' and detail like '% by %';
