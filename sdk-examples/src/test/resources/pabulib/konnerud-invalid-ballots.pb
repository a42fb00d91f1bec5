META
key;value
description;Invented example: ballots with problems, in Konnerud (Drammen)
country;Norway
unit;Drammen
currency;NOK
budget;300000
vote_type;approval
min_length;1
max_length;2
max_sum_cost;300000
PROJECTS
project_id;cost;name;district
K1;120000;Benker i lysløypa;Konnerud
K2;150000;Gapahuk ved Landfalltjern;Konnerud
K3;200000;Ballbinge ved skolen;Konnerud
VOTES
voter_id;vote
1;K1,K2
2;K1,K9
3;K2,K2
1;K3
4;K1,K2,K3
5;K2,K3
6;
