# govinfo: PGXS build.  `make`, `make install`, `make installcheck`.

EXTENSION = govinfo
MODULE_big = govinfo
OBJS = \
	src/memory.o \
	src/utf8.o \
	src/numbers.o \
	src/catalog.o \
	src/reader.o \
	src/assemble.o \
	src/matcher.o \
	src/metadata.o \
	src/rules.o \
	src/years.o \
	src/detect.o \
	src/values.o \
	src/order.o \
	src/table4.o \
	src/narrative.o \
	src/glued.o \
	src/html.o \
	src/charset.o \
	src/parse.o \
	src/govinfo_sql.o \
	src/bytea_sql.o \
	src/report_sql.o \
	src/catalog_sql.o

DATA = govinfo--0.1.0.sql
REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --load-extension=plpgsql

PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare
PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS does not track headers: every object depends on the shared ones.
$(OBJS): $(wildcard src/*.h)

# The parser's own checks, outside the server (no PostgreSQL needed).
PARSER_SRCS = src/memory.c src/utf8.c src/numbers.c src/catalog.c src/reader.c \
	src/assemble.c src/matcher.c src/metadata.c src/rules.c src/years.c src/detect.c src/values.c src/order.c src/table4.c src/narrative.c src/glued.c \
	src/html.c src/charset.c src/parse.c

test/unit/govinfo_cli: test/unit/govinfo_cli.c $(PARSER_SRCS) src/govinfo.h src/cells.h src/placement.h src/page.h
	$(CC) -O1 -g -Wall -Wextra -Werror -Wno-missing-field-initializers -o $@ test/unit/govinfo_cli.c $(PARSER_SRCS)

# The text the parser reads from a downloaded file: charset decoded, HTML read as lines.
test/unit/html_cli: test/unit/html_cli.c $(PARSER_SRCS) src/govinfo.h src/page.h
	$(CC) -O1 -g -Wall -Wextra -Werror -Wno-missing-field-initializers -o $@ test/unit/html_cli.c $(PARSER_SRCS)

# Coverage-guided fuzzing of the parser: `make fuzz FUZZ_SECONDS=60`.
FUZZ_SECONDS ?= 60
test/fuzz/fuzz_parse: test/fuzz/fuzz_parse.c $(PARSER_SRCS) src/govinfo.h src/cells.h
	clang -g -O1 -fsanitize=fuzzer,address,undefined -o $@ test/fuzz/fuzz_parse.c $(PARSER_SRCS)

fuzz: test/fuzz/fuzz_parse
	mkdir -p test/fuzz/corpus
	cp test/data/examples/*.txt test/data/rules/*.txt test/fuzz/corpus/
	test/fuzz/fuzz_parse -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 test/fuzz/corpus

# Downloaded pages: the charset guess, the HTML reader, then the parser on what
# it gives: `make fuzz-html FUZZ_SECONDS=60`.
test/fuzz/fuzz_html: test/fuzz/fuzz_html.c $(PARSER_SRCS) src/govinfo.h src/page.h
	clang -g -O1 -fsanitize=fuzzer,address,undefined -o $@ test/fuzz/fuzz_html.c $(PARSER_SRCS)

fuzz-html: test/fuzz/fuzz_html
	mkdir -p test/fuzz/corpus_html
	cp test/data/html/*.html test/fuzz/corpus_html/
	test/fuzz/fuzz_html -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
		-dict=test/fuzz/html.dict test/fuzz/corpus_html

.PHONY: fuzz fuzz-html
