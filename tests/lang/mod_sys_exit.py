# Modules: sys.exit raises SystemExit with the given code; it can be caught
import sys
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args, e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit(0)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
def f():
    try:
        sys.exit(7)
    finally:
        print('finally runs on exit')
try:
    f()
except SystemExit as e:
    print('caught', e.code)
try:
    raise SystemExit(1)
except Exception:
    print('not caught by Exception')
except SystemExit:
    print('only by SystemExit/BaseException')
print('still running')
