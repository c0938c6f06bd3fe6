# Imports: __name__ is "__main__" for the script and the module name for imports
import sys
_d = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, _d + "/modules")
print(__name__)
import mod_main_guard
print(mod_main_guard.__name__, mod_main_guard.ran_main)
mod_main_guard.main()
print(mod_main_guard.ran_main)
def main():
    print('script main()')
if __name__ == '__main__':
    main()
else:
    print('imported')
import mod_basic
print(mod_basic.__name__ == 'mod_basic', __name__ == '__main__')
def run_if_main(modname):
    return 'would run' if modname == '__main__' else 'skip'
print(run_if_main(__name__), run_if_main(mod_basic.__name__))
