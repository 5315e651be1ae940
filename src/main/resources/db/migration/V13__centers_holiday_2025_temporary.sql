-- The government declared 2025-01-27 a temporary public holiday (임시공휴일) after V3 shipped.
insert into centers_holiday (holiday_date, name) values ('2025-01-27', '임시공휴일');
