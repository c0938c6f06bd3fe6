# Numbers: inf, nan and -0.0 behaviour
inf = float('inf')
nan = float('nan')
ninf = float('-inf')
print(inf, ninf, nan, -inf, -nan)
print(inf + 1, inf * 2, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, ninf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan == 1)
print(1 / inf, -1 / inf)
print(-0.0, 0.0 == -0.0, repr(-0.0), str(0.0 * -1))
print(abs(-0.0), -(0.0), 0.0 - 0.0, -0.0 + 0.0)
print(float('Infinity'), float('-INF'), float('NaN'), float('  inf  '))
print(float('+inf'), float('-nan'))
print(inf in [inf], nan in [nan], nan is nan)
print(min(inf, 1.0), max(ninf, -1e300))
print(round(1.5), round(-0.5), round(-0.4))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(inf // 1, inf % 1, 5.0 % inf, -5.0 % inf)
print(inf - 1e308 == inf, nan != nan, 1e308 * 10 == inf)
