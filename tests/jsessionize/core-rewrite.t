--rewrite: first match only by default, g for all, i for caseless, \1
and $1 for groups, several rules in order, any delimiter.
By hand for /Product/12/img/34:
  s#[0-9]+#N#        -> /Product/N/img/34   (first match)
  s#[0-9]+#N#g       -> /Product/N/img/N
  s#^/product/#/p/#i -> /p/12/img/34
  s|/([a-z]+)/([0-9]+)$|/\2/\1|  -> /Product/12/34/img
  two rules: s#[0-9]+#N#g then s#/N/#/:id/# -> /Product/:id/img/N
  s#^/(Product)#/$1s# -> /Products/12/img/34
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /Product/12/img/34 HTTP/1.1" 200 10 "-" "M"
--- cmd
jsessionize --no-header -o page --rewrite 's#[0-9]+#N#' in.log
jsessionize --no-header -o page --rewrite 's#[0-9]+#N#g' in.log
jsessionize --no-header -o page --rewrite 's#^/product/#/p/#i' in.log
jsessionize --no-header -o page --rewrite 's|/([a-z]+)/([0-9]+)$|/\2/\1|' in.log
jsessionize --no-header -o page --rewrite 's#[0-9]+#N#g' --rewrite 's#/N/#/:id/#' in.log
jsessionize --no-header -o page --rewrite 's#^/(Product)#/$1s#' in.log
--- stdout
/Product/N/img/34
/Product/N/img/N
/p/12/img/34
/Product/12/34/img
/Product/:id/img/N
/Products/12/img/34
