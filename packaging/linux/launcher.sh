#!/bin/sh
# /usr/bin/genuka-desk: runs the bundled program installed under /opt/genuka-desk.
exec /opt/genuka-desk/genuka-desk "$@"
