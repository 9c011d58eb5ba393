# Default configuration shared by the bin/ scripts; every value can be overridden from the
# environment. Sourced, not executed.
: "${VO_DB_HOST:=localhost}"
: "${VO_DB_PORT:=5432}"
: "${VO_DB_NAME:=vo}"
: "${VO_DB_USER:=vo}"
: "${VO_DB_PASSWORD:=vo}"
: "${VO_DB_READER_USER:=vo_reader}"
: "${VO_DB_READER_PASSWORD:=vo_reader}"
: "${VO_PORT:=8080}"
: "${VO_DATA_DIR:=$here/var/data}"
: "${VO_BASE_URL:=http://localhost:$VO_PORT/vo}"
: "${VO_DB_URL:=jdbc:postgresql://$VO_DB_HOST:$VO_DB_PORT/$VO_DB_NAME}"
export VO_DB_HOST VO_DB_PORT VO_DB_NAME VO_DB_USER VO_DB_PASSWORD VO_DB_READER_USER \
  VO_DB_READER_PASSWORD VO_PORT VO_DATA_DIR VO_BASE_URL VO_DB_URL
