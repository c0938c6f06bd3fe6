# Helper submodule of pkg_demo
def where():
    return 'pkg_demo.sub'
