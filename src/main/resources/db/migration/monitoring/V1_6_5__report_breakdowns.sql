-- A report may give an indicator's value broken down (sex=female…) beside its total ('').
alter table report_value add column disaggregation varchar(200) not null default '';
alter table report_value drop constraint report_value_pkey;
alter table report_value add primary key (report_id, indicator_id, disaggregation);
