# Helper package: __init__ runs on first import of the package
PKG_NAME = 'pkg_demo'
