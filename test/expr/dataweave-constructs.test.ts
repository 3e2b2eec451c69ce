import { describe, expect, it } from 'vitest';
import { dw, dwError } from './helpers';

const ctx = {
  context: {
    amount: 120,
    status: 'PENDING',
    name: 'Ada',
    tags: ['a', 'b'],
    items: [
      { sku: 'x', price: 2.5, qty: 2, kind: 'book' },
      { sku: 'y', price: 10, qty: 1, kind: 'pen' },
      { sku: 'z', price: 1, qty: 4, kind: 'book' },
    ],
    nested: { a: { b: 7 } },
    nothing: null,
  },
};

describe('DataWeave selectors', () => {
  it('reads fields with `.` and gives null through null', () => {
    expect(dw('context.nested.a.b', ctx)).toBe(7);
    expect(dw('context.missing.deeper.still', ctx)).toBeNull();
    expect(dw('context.nothing.x', ctx)).toBeNull();
  });
  it('maps `.key` over arrays and supports `.*`, `[n]`, negative and range indexes', () => {
    expect(dw('context.items.sku', ctx)).toEqual(['x', 'y', 'z']);
    expect(dw('context.*amount', ctx)).toEqual([120]);
    expect(dw('context.items[1].sku', ctx)).toBe('y');
    expect(dw('context.items[-1].sku', ctx)).toBe('z');
    expect(dw('context.items[9]', ctx)).toBeNull();
    expect(dw('context.tags[0 to 1]', ctx)).toEqual(['a', 'b']);
    expect(dw('"hello"[1 to 3]', ctx)).toBe('ell');
    expect(dw('context["name"]', ctx)).toBe('Ada');
  });
  it('tests key existence with `?` and filters with `[?( )]`', () => {
    expect(dw('context.nothing?', ctx)).toBe(true);
    expect(dw('context.absent?', ctx)).toBe(false);
    expect(dw('context.items[?($.price > 2)].sku', ctx)).toEqual(['x', 'y']);
  });
  it('collects descendants with `..`', () => {
    expect(dw('context..b', ctx)).toEqual([7]);
  });
});

describe('DataWeave literals and operators', () => {
  it('builds objects with quoted, dynamic, conditional and spread fields', () => {
    expect(dw('{ a: 1, "b c": true, (context.name): "dyn", (z: 3) if (false), (y: 4) if (true) }', ctx)).toEqual({
      a: 1,
      'b c': true,
      Ada: 'dyn',
      y: 4,
    });
    // A spread object's keys join the object; a later key replaces an earlier one.
    expect(dw('{ a: 1, (context.nested) }', ctx)).toEqual({ a: { b: 7 } });
  });
  it('concatenates strings, arrays and objects with `++`; the right side wins a shared key', () => {
    expect(dw('"PT" ++ 30 ++ "S"')).toBe('PT30S');
    expect(dw('[1, 2] ++ [3]')).toEqual([1, 2, 3]);
    expect(dw('context ++ { amount: 5, extra: 1 }', { context: { amount: 1, keep: true } })).toEqual({ amount: 5, keep: true, extra: 1 });
  });
  it('removes with `--` and `-`', () => {
    expect(dw('{ a: 1, b: 2, c: 3 } -- ["a", "c"]')).toEqual({ b: 2 });
    expect(dw('{ a: 1, b: 2 } - "a"')).toEqual({ b: 2 });
    expect(dw('[1, 2, 3, 2] - 2')).toEqual([1, 3]);
    expect(dw('[1, 2, 3] -- [1, 3]')).toEqual([2]);
  });
  it('does arithmetic with decimal results and precedence', () => {
    expect(dw('0.1 + 0.2')).toBe(0.3);
    expect(dw('2 + 3 * 4 - 6 / 2')).toBe(11);
    expect(dw('-(2 + 3)')).toBe(-5);
    expect(dw('(context.amount default 0) * 0.25', ctx)).toBe(30);
  });
  it('falls back with `default` only on null', () => {
    expect(dw('context.nothing default 5', ctx)).toBe(5);
    expect(dw('context.amount default 5', ctx)).toBe(120);
    expect(dw('context.missing.x default "d"', ctx)).toBe('d');
    expect(dw('false default true')).toBe(false);
  });
  it('compares with == != < <= > >= ~= and combines with and/or/not', () => {
    expect(dw('context.amount < 100 and context.status == "PENDING"', ctx)).toBe(false);
    expect(dw('context.amount >= 100 or false', ctx)).toBe(true);
    expect(dw('not (1 == 2)')).toBe(true);
    expect(dw('1 ~= "1"')).toBe(true);
    expect(dw('1 == "1"')).toBe(false);
    expect(dw('{a: [1, {b: 2}]} == {a: [1, {b: 2}]}')).toBe(true);
    expect(dw('"abc" < "abd"')).toBe(true);
  });
  it('chains if / else if / else', () => {
    const src = 'if (context.amount <= 40) "LOW" else if (context.amount <= 70) "MEDIUM" else "HIGH"';
    expect(dw(src, { context: { amount: 10 } })).toBe('LOW');
    expect(dw(src, { context: { amount: 50 } })).toBe('MEDIUM');
    expect(dw(src, { context: { amount: 99 } })).toBe('HIGH');
  });
  it('interpolates strings and skips comments', () => {
    expect(dw('// a comment\n"Hello $(context.name), you owe $(context.amount * 2)" /* trailing */', ctx)).toBe('Hello Ada, you owe 240');
  });
});

describe('DataWeave scopes and functions', () => {
  it('evaluates do { var … --- body } and the %dw header', () => {
    expect(dw('do { var a = 2\n var b = a * 3\n ---\n { a: a, b: b } }')).toEqual({ a: 2, b: 6 });
    expect(dw('%dw 2.0\noutput application/json\nvar x = 4\n---\nx + 1')).toBe(5);
  });
  it('declares and calls `fun`, including recursion', () => {
    expect(dw('fun fact(n) = if (n <= 1) 1 else n * fact(n - 1)\n---\nfact(6)')).toBe(720);
    expect(dw('fun add(a, b) = a + b\n---\n1 add 2')).toBe(3);
  });
  it('applies lambdas, `$` and `$$`', () => {
    expect(dw('((x, y) -> x * y)(3, 4)')).toBe(12);
    expect(dw('[1, 2, 3] map $ * 10')).toEqual([10, 20, 30]);
    expect(dw('[1, 2, 3] map (v, i) -> v + i')).toEqual([1, 3, 5]);
    expect(dw('["a", "b"] map "$($$):$($)"')).toEqual(['0:a', '1:b']);
  });
  it('map, filter, reduce with and without a start value', () => {
    expect(dw('context.items filter $.kind == "book" map $.sku', ctx)).toEqual(['x', 'z']);
    expect(dw('context.items reduce (item, acc = 0) -> acc + item.price * item.qty', ctx)).toBe(19);
    expect(dw('[1, 2, 3, 4] reduce $$ + $')).toBe(10);
    expect(dw('[] reduce (item, acc = 7) -> acc + item')).toBe(7);
    expect(dw('"banana" filter $ != "a"')).toBe('bnn');
  });
  it('orderBy, groupBy, distinctBy, pluck, mapObject, filterObject', () => {
    expect(dw('context.items orderBy $.price map $.sku', ctx)).toEqual(['z', 'x', 'y']);
    expect(dw('context.items groupBy $.kind mapObject (v, k) -> { (k): sizeOf(v) }', ctx)).toEqual({ book: 2, pen: 1 });
    expect(dw('[1, 1, 2, 3, 3] distinctBy $')).toEqual([1, 2, 3]);
    expect(dw('{ a: 1, b: 2 } pluck (v, k) -> k ++ "=" ++ v')).toEqual(['a=1', 'b=2']);
    expect(dw('{ a: 1, b: 2, c: 3 } filterObject (v) -> v > 1')).toEqual({ b: 2, c: 3 });
  });
  it('any/some/every', () => {
    expect(dw('context.items some $.price > 5', ctx)).toBe(true);
    expect(dw('context.items any $.price > 50', ctx)).toBe(false);
    expect(dw('context.items every $.qty > 0', ctx)).toBe(true);
  });
  it('match with literal, type, guard and else patterns', () => {
    const src = 'context.v match { case "a" -> "letter a" case is Number -> "number" case s if sizeOf(s) > 3 -> "long" else -> "other" }';
    expect(dw(src, { context: { v: 'a' } })).toBe('letter a');
    expect(dw(src, { context: { v: 4 } })).toBe('number');
    expect(dw(src, { context: { v: 'abcd' } })).toBe('long');
    expect(dw(src, { context: { v: 'ab' } })).toBe('other');
  });
});

describe('DataWeave core functions', () => {
  it('sizeOf, contains, startsWith, endsWith, isEmpty', () => {
    expect(dw('sizeOf(context.items)', ctx)).toBe(3);
    expect(dw('sizeOf("héllo")')).toBe(5);
    expect(dw('"read:users admin" contains "admin"')).toBe(true);
    expect(dw('context.tags contains "b"', ctx)).toBe(true);
    expect(dw('null contains "x"')).toBe(false);
    expect(dw('"journey" startsWith "jour"')).toBe(true);
    expect(dw('"journey" endsWith "ney"')).toBe(true);
    expect(dw('[isEmpty([]), isEmpty(""), isEmpty(null), isEmpty({a: 1})]')).toEqual([true, true, true, false]);
  });
  it('upper, lower, trim, splitBy, joinBy, keysOf, valuesOf', () => {
    expect(dw('upper("abc") ++ lower("DEF") ++ trim("  g  ")')).toBe('ABCdefg');
    expect(dw('"a,b,c" splitBy ","')).toEqual(['a', 'b', 'c']);
    expect(dw('["a", 1, true] joinBy "-"')).toBe('a-1-true');
    expect(dw('keysOf({ x: 1, y: 2 })')).toEqual(['x', 'y']);
    expect(dw('valuesOf({ x: 1, y: 2 })')).toEqual([1, 2]);
    expect(dw('upper(null)')).toBeNull();
  });
  it('now() and uuid() come from the injected sources', () => {
    expect(dw('now()')).toBe('2026-01-01T09:30:00Z');
    expect(dw('uuid()')).toBe('00000000-0000-4000-8000-000000000001');
    expect(dw('now()', {}, { now: () => '2030-05-06T07:08:09+02:00' })).toBe('2030-05-06T07:08:09+02:00');
  });
});

describe('DataWeave coercions, types and dates', () => {
  it('coerces with `as`', () => {
    expect(dw('42 as String')).toBe('42');
    expect(dw('"3.5" as Number')).toBe(3.5);
    expect(dw('"true" as Boolean')).toBe(true);
    expect(dw('"2026-03-01" as Date')).toBe('2026-03-01');
    expect(dw('null as String')).toBeNull();
    expect(dwError('"abc" as Number')).toBe('DW_CAST_ERROR');
  });
  it('tests types with `is`', () => {
    expect(dw('[1 is Number, "a" is String, null is Null, {} is Object, [] is Array, |2026-01-01| is Date]')).toEqual([
      true, true, true, true, true, true,
    ]);
  });
  it('does date and period arithmetic and field selection', () => {
    expect(dw('|2026-01-01T00:00:00Z| + |PT1H|')).toBe('2026-01-01T01:00:00Z');
    expect(dw('|2026-01-31| + |P1M|')).toBe('2026-02-28');
    expect(dw('|2026-03-10T10:00:00Z| - |P1D|')).toBe('2026-03-09T10:00:00Z');
    expect(dw('now().hour')).toBe(9);
    expect(dw('now() + |P7D|')).toBe('2026-01-08T09:30:00Z');
    expect(dw('|2026-01-02T00:00:00Z| > now()')).toBe(true);
    expect(dw('(now() as Date).day')).toBe(1);
    expect(dw('"2026-01-01T10:00:00+02:00" as DateTime < now()')).toBe(true);
  });
});

describe('DataWeave coercion formats', () => {
  const clock = { now: () => '2026-03-05T14:07:09.042+01:00', uuid: () => 'u' };
  it('formats dates with java.time patterns', () => {
    expect(dw('now() as String {format: "yyyy-MM-dd"}', {}, clock)).toBe('2026-03-05');
    expect(dw(`now() as String {format: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"}`, {}, clock)).toBe('2026-03-05T14:07:09.042+01:00');
    expect(dw('now() as String {format: "EEE, dd MMM yyyy hh:mm a"}', {}, clock)).toBe('Thu, 05 Mar 2026 02:07 PM');
    expect(dw('|2026-01-01T00:00:00Z| as String {format: "HH:mm X"}')).toBe('00:00 Z');
  });
  it('parses dates with a pattern and refuses impossible ones', () => {
    expect(dw('"05/03/2026" as Date {format: "dd/MM/yyyy"}')).toBe('2026-03-05');
    expect(dw('("05/03/2026 13:45" as LocalDateTime {format: "dd/MM/yyyy HH:mm"}) + |PT15M|')).toBe('2026-03-05T14:00:00');
    expect(dw('"2026-03-05 13:45 +02:00" as DateTime {format: "yyyy-MM-dd HH:mm XXX"}')).toBe('2026-03-05T13:45:00+02:00');
    expect(dwError('"31/02/2026" as Date {format: "dd/MM/yyyy"}')).toBe('DW_CAST_ERROR');
    expect(dwError('"2026-03-05" as DateTime {format: "yyyy-MM-dd"}')).toBe('DW_CAST_ERROR');
  });
  it('formats numbers like DecimalFormat (grouping, padding, HALF_EVEN)', () => {
    expect(dw('1234567.891 as String {format: "#,##0.00"}')).toBe('1,234,567.89');
    expect(dw('[0.125, 0.135, 2.5, 3.5] map ($ as String {format: "0.00"})')).toEqual(['0.12', '0.14', '2.50', '3.50']);
    expect(dw('[2.5, 3.5] map ($ as String {format: "0"})')).toEqual(['2', '4']);
    expect(dw('7 as String {format: "000"}')).toBe('007');
    expect(dw('[0, 0.0001, 0.5, -0.001] map ($ as String {format: "#.##"})')).toEqual(['0', '0', '.5', '-0']);
    expect(dwError('1e22 as String {format: "#,##0"}')).toBe('DW_CAST_ERROR');
    expect(dw('1.5 as String {format: "EUR #,##0.00"}')).toBe('EUR 1.50');
    expect(dw('"1,234.50" as Number {format: "#,##0.00"}')).toBe(1234.5);
  });
  it('converts between instants and epoch numbers with `unit`', () => {
    expect(dw('now() as Number {unit: "milliseconds"}', {}, clock)).toBe(1772716029042);
    expect(dw('now() as Number', {}, clock)).toBe(1772716029);
    expect(dw('1700000000000 as DateTime {unit: "milliseconds"}')).toBe('2023-11-14T22:13:20Z');
  });
});
