# genuka-desk: make run (the desktop app on the demo API), make test (the whole suite, headless).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# A hanging test can never eat CI's time: pytest-timeout per test, this for the whole run.
TEST_TIMEOUT ?= 1800
# Test processes side by side (pytest-xdist): "auto" is one per CPU; TEST_WORKERS=0 runs them in one.
TEST_WORKERS ?= auto

.PHONY: run test lint typecheck pytest soak package translations screenshots demo-server bench system-deps-test system-deps-gui clean

$(PY):
	@bash packaging/system-deps.sh venv
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PIP) install --quiet -e ".[test,package]"
	@touch $@ $(VENV)/.installed-run $(VENV)/.installed-package

$(VENV)/.installed-bench: pyproject.toml | $(PY)
	$(PIP) install --quiet -e ".[bench]"
	@touch $@ $(VENV)/.installed-run

$(VENV)/.installed-package: pyproject.toml | $(PY)
	$(PIP) install --quiet -e ".[package]"
	@touch $@ $(VENV)/.installed-run

system-deps-test:
	@bash packaging/system-deps.sh package

system-deps-gui:
	@bash packaging/system-deps.sh gui

run: system-deps-gui $(VENV)/.installed-run
	$(VENV)/bin/genuka-desk --demo

translations: $(VENV)/.installed-run
	$(VENV)/bin/pyside6-lupdate $(shell find genuka_desk/ui -name "*.py" | sort) -no-obsolete -ts resources/i18n/genuka_desk_fr.ts
	$(VENV)/bin/python packaging/i18n/fill_fr.py resources/i18n/genuka_desk_fr.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/genuka_desk_fr.ts -qm genuka_desk/ui/assets/i18n/genuka_desk_fr.qm
	$(VENV)/bin/pyside6-lupdate $(shell find genuka_desk/ui -name "*.py" | sort) -no-obsolete -pluralonly -source-language en -target-language en -ts resources/i18n/genuka_desk_en.ts
	$(VENV)/bin/python packaging/i18n/fill_en.py resources/i18n/genuka_desk_en.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/genuka_desk_en.ts -qm genuka_desk/ui/assets/i18n/genuka_desk_en.qm
	$(VENV)/bin/python packaging/i18n/qt_fr.py resources/i18n/qt_extra_fr.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/qt_extra_fr.ts -qm genuka_desk/ui/assets/i18n/qt_extra_fr.qm

# The Linux packages: the PyInstaller folder, then build/genuka-desk_<version>_<arch>.deb.
package: $(VENV)/.installed-package
	@bash packaging/system-deps.sh package
	PYTHON=$(PY) bash packaging/linux/build-linux.sh

screenshots: $(VENV)/.installed-run
	bash packaging/system-deps.sh shots
	xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb $(VENV)/bin/python packaging/screenshots.py

# Benchmarks (bench/README.md): figures side by side with their floors, a table, bench/results.json.
bench: $(VENV)/.installed-bench
	@bash packaging/system-deps.sh test
	timeout -s KILL 1200 $(PY) -m bench.run

demo-server: $(VENV)/.installed-run
	$(VENV)/bin/genuka-desk demo-server

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check genuka_desk tests bench packaging
	$(VENV)/bin/ruff format --check genuka_desk tests bench packaging
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/vulture genuka_desk .ci/vulture_whitelist.py --min-confidence 60 --ignore-decorators "@field_validator,@model_validator"

typecheck: $(VENV)/.installed-test
	$(VENV)/bin/mypy

pytest: system-deps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen timeout -s KILL $(TEST_TIMEOUT) $(PY) -m pytest -n $(TEST_WORKERS)

test: lint typecheck pytest

# The reliability campaigns at full size (make test runs them reduced): faults, crashes, the same on a
# starved CPU, and two senders on one profile; figures printed at the end.
soak: system-deps-test $(VENV)/.installed-test
	GENUKA_SOAK=1 QT_QPA_PLATFORM=offscreen timeout -s KILL 3600 $(PY) -m pytest -p no:cacheprovider \
		tests/campaigns/test_fault_campaign.py tests/campaigns/test_crash.py tests/campaigns/test_one_sender.py \
		tests/campaigns/test_two_desk_till.py --timeout 3000 -s -q

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache
