# list: iteration, enumerate, iterate-and-build, and modifying a copy while iterating
nums = [3, 8, 1, 9, 4, 7]
evens = []
odds = []
for n in nums:
    (evens if n % 2 == 0 else odds).append(n)
print(evens, odds)
for i, n in enumerate(nums):
    nums[i] = n * 10
print(nums)
for n in nums[:]:
    if n > 50:
        nums.remove(n)
print(nums)
stack = [1]
seen = []
while stack:
    x = stack.pop()
    seen.append(x)
    if x < 20:
        stack.append(x * 2)
        stack.append(x * 3)
print(seen)
queue = [0]
out = []
while queue:
    x = queue.pop(0)
    out.append(x)
    if x < 5:
        queue.extend([x + 1, x + 2])
print(len(out), out[:10])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[1] for row in grid], [list(col) for col in zip(*grid)])
flat = [x for row in grid for x in row]
print(flat, sum(flat))
