@decorator(1)
class A(B, metaclass=M):
    x: int = 5
    def m(self, /, y, *, z=3) -> int:
        try:
            with open(y) as f, g as (h, i):
                pass
        except (E, F) as e:
            raise G from e
        else:
            del self.x[1:2, ::3]
        finally:
            global q
        return lambda *a, **k: a if k else -a ** 2
