"""Packaging beyond what pyproject.toml can say: ship ``resources/`` inside the package.

The repository keeps the bundled data (standards, rules, translations, fonts,
icons, samples) in the top-level ``resources/`` folder. A wheel and ``pip
install .`` carry it as the data package ``desktop.resources`` (the folder is
mapped, not copied, in the source tree), where :func:`desktop.paths.resources_dir`
finds it. Translation sources (``.ts``) stay out; compiled ``.qm`` files go in
when ``python build_spec/build_translations.py`` has made them.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), "desktop.resources"],
    package_dir={"desktop.resources": "resources"},
    package_data={"desktop.resources": ["**/*"]},
    exclude_package_data={"desktop.resources": ["**/*.ts", "**/*.py", "**/*.pyc"]},
)
